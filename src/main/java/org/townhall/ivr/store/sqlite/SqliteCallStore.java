package org.townhall.ivr.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.store.CallEnd;
import org.townhall.ivr.store.CallQuery;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.CallStart;
import org.townhall.ivr.store.CallStep;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.Callback;
import org.townhall.ivr.store.CallbackRequest;
import org.townhall.ivr.store.CallbackStatus;
import org.townhall.ivr.store.NewCallback;
import org.townhall.ivr.store.Outcome;
import org.townhall.ivr.store.StoreException;

/**
 * The call store in one SQLite file (WAL journal). One connection, used by one thread at a time: SQLite
 * serialises writers anyway, and each operation is a few hundred microseconds.
 */
public final class SqliteCallStore implements CallStore {
    private final SqliteDatabase db;
    private final boolean ownsDatabase;

    /** The call store on a database shared with the server's other stores (the caller closes it). */
    public SqliteCallStore(SqliteDatabase db) {
        this(db, false);
    }

    private SqliteCallStore(SqliteDatabase db, boolean ownsDatabase) {
        this.db = db;
        this.ownsDatabase = ownsDatabase;
    }

    /** Opens (creating if needed) {@code townhall.db} in {@code dataDirectory}; closing the store closes it. */
    public static SqliteCallStore open(Path dataDirectory) {
        return new SqliteCallStore(SqliteDatabase.open(dataDirectory), true);
    }

    public Path file() {
        return db.file();
    }

    @Override
    public String callStarted(CallStart start) {
        return db.locked("record the start of call " + start.id(), c -> {
            String id = start.id();
            for (int n = 2; exists(c, id); n++) {
                id = start.id() + "-" + n;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO calls (id, caller_number, caller_name,"
                    + " channel, started_at, language, config_version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, start.callerNumber());
                ps.setString(3, start.callerName());
                ps.setString(4, start.channel());
                ps.setString(5, SqliteDatabase.time(start.startedAt()));
                ps.setString(6, start.language());
                ps.setString(7, start.configVersion());
                ps.executeUpdate();
            }
            return id;
        });
    }

    private static boolean exists(Connection c, String callId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM calls WHERE id = ?")) {
            ps.setString(1, callId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void stepTaken(String callId, CallStep step) {
        db.locked("record a step of call " + callId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO call_steps (call_id, seq, at, node,"
                    + " event, input) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM call_steps WHERE call_id = ?),"
                    + " ?, ?, ?, ?)")) {
                ps.setString(1, callId);
                ps.setString(2, callId);
                ps.setString(3, SqliteDatabase.time(step.at()));
                ps.setString(4, step.node());
                ps.setString(5, step.event());
                ps.setString(6, step.input());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void callEnded(String callId, CallEnd end) {
        db.locked("record the end of call " + callId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE calls SET ended_at = ?, outcome = ?,"
                    + " department = ?, topic = ?, language = ? WHERE id = ?")) {
                ps.setString(1, SqliteDatabase.time(end.endedAt()));
                ps.setString(2, end.outcome().code());
                ps.setString(3, end.department());
                ps.setString(4, end.topic());
                ps.setString(5, end.language());
                ps.setString(6, callId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no call " + callId + " to close");
                }
            }
            return null;
        });
    }

    @Override
    public Optional<CallRecord> call(String callId) {
        return db.locked("read call " + callId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM calls WHERE id = ?")) {
                ps.setString(1, callId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(callRecord(rs, steps(c, callId))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<CallRecord> calls(CallQuery query) {
        return db.locked("list calls", c -> {
            List<CallRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM calls WHERE (?1 IS NULL OR department = ?1)"
                    + " AND (?2 IS NULL OR outcome = ?2) ORDER BY started_at DESC, rowid DESC LIMIT ?3")) {
                ps.setString(1, query.department());
                ps.setString(2, query.outcome() == null ? null : query.outcome().code());
                ps.setInt(3, query.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(callRecord(rs, List.of()));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<CallRecord> callsFrom(String callerNumber, int limit) {
        return db.locked("list the calls from a number", c -> {
            List<CallRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM calls WHERE caller_number = ?"
                    + " ORDER BY started_at DESC, rowid DESC LIMIT ?")) {
                ps.setString(1, callerNumber);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(callRecord(rs, List.of()));
                    }
                }
            }
            return out;
        });
    }

    private static List<CallStep> steps(Connection c, String callId) throws SQLException {
        List<CallStep> steps = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT at, node, event, input FROM call_steps"
                + " WHERE call_id = ? ORDER BY seq")) {
            ps.setString(1, callId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(new CallStep(SqliteDatabase.instant(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return steps;
    }

    private static CallRecord callRecord(ResultSet rs, List<CallStep> path) throws SQLException {
        String outcome = rs.getString("outcome");
        return new CallRecord(rs.getString("id"), rs.getString("caller_number"), rs.getString("caller_name"),
                rs.getString("channel"), SqliteDatabase.instant(rs.getString("started_at")), SqliteDatabase.instant(rs.getString("ended_at")),
                rs.getString("language"), outcome == null ? null : Outcome.ofCode(outcome), rs.getString("department"),
                rs.getString("topic"), rs.getString("config_version"), path);
    }

    @Override
    public CallbackRequest requestCallback(NewCallback request) {
        return db.locked("store a callback request for " + request.department(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO callbacks (call_id, number, department,"
                    + " topic, message_file, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (number, department) WHERE status = 'open' DO NOTHING")) {
                ps.setString(1, request.callId());
                ps.setString(2, request.number());
                ps.setString(3, request.department());
                ps.setString(4, request.topic());
                ps.setString(5, request.messageFile());
                ps.setString(6, SqliteDatabase.time(request.createdAt()));
                ps.setString(7, SqliteDatabase.time(request.createdAt()));
                boolean created = ps.executeUpdate() == 1;
                Callback callback = findOpen(c, request.number(), request.department()).orElseThrow(
                        () -> new SQLException("callback request vanished right after being stored"));
                return new CallbackRequest(callback, created);
            }
        });
    }

    @Override
    public Optional<Callback> openCallback(String number, String department) {
        return db.locked("look up open callbacks", c -> findOpen(c, number, department));
    }

    private static Optional<Callback> findOpen(Connection c, String number, String department) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM callbacks WHERE number = ?"
                + " AND department = ? AND status = 'open'")) {
            ps.setString(1, number);
            ps.setString(2, department);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(callback(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public List<Callback> callbacks(CallbackStatus status, String department, int limit) {
        return db.locked("list callbacks", c -> {
            List<Callback> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM callbacks WHERE (?1 IS NULL OR status = ?1)"
                    + " AND (?2 IS NULL OR department = ?2) ORDER BY created_at, id LIMIT ?3")) {
                ps.setString(1, status == null ? null : status.code());
                ps.setString(2, department);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(callback(rs));
                    }
                }
            }
            return out;
        });
    }

    static Callback callback(ResultSet rs) throws SQLException {
        return new Callback(rs.getLong("id"), rs.getString("call_id"), rs.getString("number"),
                rs.getString("department"), rs.getString("topic"), rs.getString("message_file"),
                SqliteDatabase.instant(rs.getString("created_at")), CallbackStatus.ofCode(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("notes"), SqliteDatabase.instant(rs.getString("updated_at")),
                rs.getString("claimed_by"), SqliteDatabase.instant(rs.getString("claimed_at")));
    }

    @Override
    public int closeInterruptedCalls(Instant now) {
        return db.locked("close interrupted calls", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE calls SET ended_at = ?, outcome = 'interrupted'"
                    + " WHERE ended_at IS NULL")) {
                ps.setString(1, SqliteDatabase.time(now));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            db.close();
        }
    }
}
