package org.townhall.ivr.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database file to the current schema, one numbered script at a time ({@code PRAGMA user_version}). */
final class Migrations {
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    static final List<String> SCRIPTS = List.of("V1__calls_and_callbacks.sql", "V2__console.sql");

    private Migrations() {
    }

    static void apply(Connection connection, String where) throws SQLException {
        int current;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            current = rs.next() ? rs.getInt(1) : 0;
        }
        if (current > SCRIPTS.size()) {
            throw new SQLException(where + " has schema version " + current + " but this server only knows "
                    + SCRIPTS.size() + ": it was written by a newer Townhall IVR; upgrade the server");
        }
        for (int version = current + 1; version <= SCRIPTS.size(); version++) {
            String script = SCRIPTS.get(version - 1);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : statements(read(script))) {
                    st.executeUpdate(sql);
                }
                st.executeUpdate("PRAGMA user_version = " + version);
                connection.commit();
                log.info("{}: applied schema migration {}", where, script);
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException(where + ": migration " + script + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The statements of a script: comment lines dropped, split on the semicolons that end a line. */
    static List<String> statements(String script) {
        String code = script.lines().filter(l -> !l.strip().startsWith("--"))
                .collect(java.util.stream.Collectors.joining("\n"));
        return java.util.Arrays.stream(code.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(String script) throws SQLException {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/sqlite/" + script)) {
            if (in == null) {
                throw new SQLException("migration script /db/sqlite/" + script + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration " + script, e);
        }
    }
}
