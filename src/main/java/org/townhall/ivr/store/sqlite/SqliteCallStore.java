package org.townhall.ivr.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
    private static final Logger log = LoggerFactory.getLogger(SqliteCallStore.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final long LOCK_TIMEOUT_SECONDS = 10;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private SqliteCallStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) {@code calls.db} in {@code dataDirectory} and migrates it. */
    public static SqliteCallStore open(Path dataDirectory) {
        Path file = dataDirectory.resolve("townhall.db");
        try {
            Files.createDirectories(dataDirectory);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("PRAGMA busy_timeout = 5000");
            }
            Migrations.apply(connection, file.toString());
            log.info("call store: {}", file.toAbsolutePath());
            return new SqliteCallStore(file, connection);
        } catch (java.io.IOException | SQLException e) {
            throw new StoreException("cannot open the database " + file.toAbsolutePath() + ": " + e.getMessage()
                    + " (check that the --data directory is writable)", e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String callStarted(CallStart start) {
        return locked("record the start of call " + start.id(), () -> {
            String id = start.id();
            for (int n = 2; exists(id); n++) {
                id = start.id() + "-" + n;
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO calls (id, caller_number, caller_name,"
                    + " channel, started_at, language, config_version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, start.callerNumber());
                ps.setString(3, start.callerName());
                ps.setString(4, start.channel());
                ps.setString(5, time(start.startedAt()));
                ps.setString(6, start.language());
                ps.setString(7, start.configVersion());
                ps.executeUpdate();
            }
            return id;
        });
    }

    private boolean exists(String callId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM calls WHERE id = ?")) {
            ps.setString(1, callId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void stepTaken(String callId, CallStep step) {
        locked("record a step of call " + callId, () -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO call_steps (call_id, seq, at, node,"
                    + " event, input) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM call_steps WHERE call_id = ?),"
                    + " ?, ?, ?, ?)")) {
                ps.setString(1, callId);
                ps.setString(2, callId);
                ps.setString(3, time(step.at()));
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
        locked("record the end of call " + callId, () -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE calls SET ended_at = ?, outcome = ?,"
                    + " department = ?, topic = ?, language = ? WHERE id = ?")) {
                ps.setString(1, time(end.endedAt()));
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
        return locked("read call " + callId, () -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM calls WHERE id = ?")) {
                ps.setString(1, callId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(callRecord(rs, steps(callId))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<CallRecord> calls(CallQuery query) {
        return locked("list calls", () -> {
            List<CallRecord> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM calls WHERE (?1 IS NULL OR department = ?1)"
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

    private List<CallStep> steps(String callId) throws SQLException {
        List<CallStep> steps = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT at, node, event, input FROM call_steps"
                + " WHERE call_id = ? ORDER BY seq")) {
            ps.setString(1, callId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(new CallStep(instant(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return steps;
    }

    private static CallRecord callRecord(ResultSet rs, List<CallStep> path) throws SQLException {
        String outcome = rs.getString("outcome");
        return new CallRecord(rs.getString("id"), rs.getString("caller_number"), rs.getString("caller_name"),
                rs.getString("channel"), instant(rs.getString("started_at")), instant(rs.getString("ended_at")),
                rs.getString("language"), outcome == null ? null : Outcome.ofCode(outcome), rs.getString("department"),
                rs.getString("topic"), rs.getString("config_version"), path);
    }

    @Override
    public CallbackRequest requestCallback(NewCallback request) {
        return locked("store a callback request for " + request.department(), () -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO callbacks (call_id, number, department,"
                    + " topic, message_file, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (number, department) WHERE status = 'open' DO NOTHING")) {
                ps.setString(1, request.callId());
                ps.setString(2, request.number());
                ps.setString(3, request.department());
                ps.setString(4, request.topic());
                ps.setString(5, request.messageFile());
                ps.setString(6, time(request.createdAt()));
                ps.setString(7, time(request.createdAt()));
                boolean created = ps.executeUpdate() == 1;
                Callback callback = findOpen(request.number(), request.department()).orElseThrow(
                        () -> new SQLException("callback request vanished right after being stored"));
                return new CallbackRequest(callback, created);
            }
        });
    }

    @Override
    public Optional<Callback> openCallback(String number, String department) {
        return locked("look up open callbacks", () -> findOpen(number, department));
    }

    private Optional<Callback> findOpen(String number, String department) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM callbacks WHERE number = ?"
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
        return locked("list callbacks", () -> {
            List<Callback> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM callbacks WHERE (?1 IS NULL OR status = ?1)"
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

    private static Callback callback(ResultSet rs) throws SQLException {
        return new Callback(rs.getLong("id"), rs.getString("call_id"), rs.getString("number"),
                rs.getString("department"), rs.getString("topic"), rs.getString("message_file"),
                instant(rs.getString("created_at")), CallbackStatus.ofCode(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("notes"), instant(rs.getString("updated_at")));
    }

    @Override
    public int closeInterruptedCalls(Instant now) {
        return locked("close interrupted calls", () -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE calls SET ended_at = ?, outcome = 'interrupted'"
                    + " WHERE ended_at IS NULL")) {
                ps.setString(1, time(now));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing {}: {}", file, e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T locked(String what, Work<T> work) {
        boolean acquired;
        try {
            acquired = lock.tryLock(LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to " + what, e);
        }
        if (!acquired) {
            throw new StoreException("could not " + what + ": the database " + file + " stayed busy for "
                    + LOCK_TIMEOUT_SECONDS + " s", null);
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("could not " + what + " in " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
