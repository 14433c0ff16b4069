package org.townhall.ivr.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.townhall.ivr.store.ConfigVersion;
import org.townhall.ivr.store.ConfigVersionStore;
import org.townhall.ivr.store.NewConfigVersion;
import org.townhall.ivr.store.Publication;
import org.townhall.ivr.store.VersionOrigin;

/** Configuration versions and publications in the server's SQLite file. */
public final class SqliteConfigVersionStore implements ConfigVersionStore {
    private final SqliteDatabase db;

    public SqliteConfigVersionStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public ConfigVersion add(NewConfigVersion v, Instant now) {
        return db.transaction("store a configuration version", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO config_versions (yaml, content_hash, author,"
                    + " created_at, comment, based_on, origin) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, v.yaml());
                ps.setString(2, v.contentHash());
                ps.setString(3, v.author());
                ps.setString(4, SqliteDatabase.time(now));
                ps.setString(5, v.comment());
                if (v.basedOn() == null) {
                    ps.setNull(6, Types.INTEGER);
                } else {
                    ps.setInt(6, v.basedOn());
                }
                ps.setString(7, v.origin().code());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return find(c, keys.getInt(1)).orElseThrow();
                }
            }
        });
    }

    @Override
    public Optional<ConfigVersion> version(int number) {
        return db.locked("read configuration version " + number, c -> find(c, number));
    }

    @Override
    public List<ConfigVersion> versions() {
        return db.locked("list the configuration versions", c -> query(c,
                "SELECT * FROM config_versions ORDER BY number DESC", null));
    }

    @Override
    public Optional<ConfigVersion> latest(VersionOrigin origin) {
        return db.locked("read the latest '" + origin.code() + "' version", c -> query(c,
                "SELECT * FROM config_versions WHERE origin = ? ORDER BY number DESC LIMIT 1", origin.code())
                .stream().findFirst());
    }

    @Override
    public Publication publish(int number, String by, Instant now) {
        return db.transaction("publish configuration version " + number, c -> {
            if (find(c, number).isEmpty()) {
                throw new IllegalArgumentException("no configuration version " + number);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO config_publications (number, published_by,"
                    + " published_at) VALUES (?, ?, ?)")) {
                ps.setInt(1, number);
                ps.setString(2, by);
                ps.setString(3, SqliteDatabase.time(now));
                ps.executeUpdate();
            }
            return publications(c, 1).get(0);
        });
    }

    @Override
    public Optional<Publication> live() {
        return db.locked("read the live configuration version", c -> publications(c, 1).stream().findFirst());
    }

    @Override
    public List<Publication> publications() {
        return db.locked("list the publications", c -> publications(c, -1));
    }

    private static List<Publication> publications(Connection c, int limit) throws SQLException {
        List<Publication> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM config_publications ORDER BY seq DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Publication(rs.getLong("seq"), rs.getInt("number"), rs.getString("published_by"),
                            SqliteDatabase.instant(rs.getString("published_at"))));
                }
            }
        }
        return list;
    }

    private static Optional<ConfigVersion> find(Connection c, int number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM config_versions WHERE number = ?")) {
            ps.setInt(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(version(rs)) : Optional.empty();
            }
        }
    }

    private static List<ConfigVersion> query(Connection c, String sql, String parameter) throws SQLException {
        List<ConfigVersion> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(version(rs));
                }
            }
        }
        return list;
    }

    private static ConfigVersion version(ResultSet rs) throws SQLException {
        int basedOn = rs.getInt("based_on");
        Integer based = rs.wasNull() ? null : basedOn;
        return new ConfigVersion(rs.getInt("number"), rs.getString("yaml"), rs.getString("content_hash"),
                rs.getString("author"), SqliteDatabase.instant(rs.getString("created_at")), rs.getString("comment"),
                based, VersionOrigin.ofCode(rs.getString("origin")));
    }
}
