package org.townhall.ivr.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.townhall.ivr.store.Callback;
import org.townhall.ivr.store.CallbackFilter;
import org.townhall.ivr.store.CallbackQueue;

/** The callback queue in the server's SQLite file: each change is one {@code UPDATE … WHERE <expected state>}. */
public final class SqliteCallbackQueue implements CallbackQueue {
    private final SqliteDatabase db;

    public SqliteCallbackQueue(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public List<Callback> list(CallbackFilter filter) {
        List<String> departments = new ArrayList<>(filter.departments());
        Collections.sort(departments);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < departments.size(); i++) {
            in.append(i == 0 ? " AND department IN (" : ", ").append('?').append(5 + i);
        }
        if (!departments.isEmpty()) {
            in.append(')');
        }
        String sql = "SELECT * FROM callbacks WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR number = ?2)"
                + " AND (?3 IS NULL OR created_at < ?3)" + in + " ORDER BY created_at, id LIMIT ?4";
        return db.locked("list callback requests", c -> {
            List<Callback> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, filter.status() == null ? null : filter.status().code());
                ps.setString(2, filter.number());
                ps.setString(3, SqliteDatabase.time(filter.createdBefore()));
                ps.setInt(4, filter.limit());
                for (int i = 0; i < departments.size(); i++) {
                    ps.setString(5 + i, departments.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(SqliteCallStore.callback(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Callback> get(long id) {
        return db.locked("read callback request " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM callbacks WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(SqliteCallStore.callback(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean claim(long id, String user, Instant at) {
        return update("claim callback request " + id, "UPDATE callbacks SET claimed_by = ?1, claimed_at = ?2,"
                + " updated_at = ?2 WHERE id = ?3 AND status IN ('open', 'called') AND claimed_by IS NULL", id, user, at,
                null);
    }

    @Override
    public boolean release(long id, String user, boolean anyone, Instant at) {
        return update("release callback request " + id, "UPDATE callbacks SET claimed_by = NULL, claimed_at = NULL,"
                + " updated_at = ?2 WHERE id = ?3 AND claimed_by IS NOT NULL AND (?4 = 'anyone' OR claimed_by = ?1)"
                + " AND status IN ('open', 'called')", id, user, at, anyone ? "anyone" : "claimer");
    }

    @Override
    public boolean calledBack(long id, String user, Instant at) {
        return update("mark callback request " + id + " called back", "UPDATE callbacks SET status = 'called',"
                + " attempts = attempts + 1, updated_at = ?2 WHERE id = ?3 AND claimed_by = ?1 AND status = 'open'",
                id, user, at, null);
    }

    @Override
    public boolean noAnswer(long id, String user, Instant at) {
        return update("note no answer to callback request " + id, "UPDATE callbacks SET attempts = attempts + 1,"
                + " claimed_by = NULL, claimed_at = NULL, updated_at = ?2 WHERE id = ?3 AND claimed_by = ?1"
                + " AND status = 'open'", id, user, at, null);
    }

    @Override
    public boolean done(long id, String user, String note, Instant at) {
        return update("close callback request " + id, "UPDATE callbacks SET status = 'done', notes = ?4,"
                + " updated_at = ?2 WHERE id = ?3 AND claimed_by = ?1 AND status IN ('open', 'called')", id, user, at,
                note);
    }

    private boolean update(String what, String sql, long id, String user, Instant at, String fourth) {
        return db.locked(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, user);
                ps.setString(2, SqliteDatabase.time(at));
                ps.setLong(3, id);
                if (sql.contains("?4")) {
                    ps.setString(4, fourth);
                }
                return ps.executeUpdate() == 1;
            }
        });
    }
}
