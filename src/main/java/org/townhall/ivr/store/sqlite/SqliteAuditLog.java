package org.townhall.ivr.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.townhall.ivr.store.AuditEntry;
import org.townhall.ivr.store.AuditLog;

/** The audit log in the server's SQLite file. */
public final class SqliteAuditLog implements AuditLog {
    private final SqliteDatabase db;

    public SqliteAuditLog(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void record(Instant at, String actor, String action, String subject, String detail) {
        db.locked("write the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, SqliteDatabase.time(at));
                ps.setString(2, actor);
                ps.setString(3, action);
                ps.setString(4, subject);
                ps.setString(5, detail);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return db.locked("read the audit log", c -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong("id"), SqliteDatabase.instant(rs.getString("at")),
                                rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                                rs.getString("detail")));
                    }
                }
            }
            return entries;
        });
    }
}
