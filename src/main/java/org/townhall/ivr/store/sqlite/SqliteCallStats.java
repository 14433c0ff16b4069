package org.townhall.ivr.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.townhall.ivr.store.CallCount;
import org.townhall.ivr.store.CallStats;
import org.townhall.ivr.store.Outcome;
import org.townhall.ivr.store.SpeechCounts;
import org.townhall.ivr.store.TopicCount;
import org.townhall.ivr.store.WaitingCallbacks;

/** The dashboard's aggregates, computed by SQLite over {@code calls}, {@code call_steps} and {@code callbacks}. */
public final class SqliteCallStats implements CallStats {
    /** Events of a speech turn, as written by the engine's speech menu. */
    private static final String TURN = "event IN ('speech', 'speech-not-understood', 'speech-silence')";
    private static final String CONFIRM = "event LIKE 'confirm %'";
    private static final String CONFIRMED = "(" + CONFIRM + " AND input = 'yes')";
    /** A routing decision taken without asking: its call went on (or ended otherwise than by hanging up). */
    private static final String ROUTED_AT_ONCE = "(event = 'speech' AND (next_event IS NOT NULL"
            + " OR outcome IS NOT 'hung-up'))";

    private static final String CALLS = "SELECT substr(started_at, 1, 14)"
            + " || printf('%02d', (CAST(substr(started_at, 15, 2) AS INTEGER) / 15) * 15) || ':00Z' AS quarter,"
            + " department, outcome, COUNT(*) FROM calls WHERE started_at >= ?1 AND started_at < ?2"
            + " GROUP BY quarter, department, outcome ORDER BY quarter";

    private static final String TOPICS = "SELECT department, topic, COUNT(*) AS n FROM calls"
            + " WHERE started_at >= ?1 AND started_at < ?2 GROUP BY department, topic ORDER BY n DESC, topic";

    /**
     * Each speech step with the step after it in its call; a step ends its attempt when the next step is not a
     * speech step of the same menu. The step that ends an attempt tells how it ended.
     */
    private static final String SPEECH = "WITH steps AS (SELECT s.node, s.event, s.input, c.outcome,"
            + " LEAD(s.event) OVER w AS next_event, LEAD(s.node) OVER w AS next_node"
            + " FROM call_steps s JOIN calls c ON c.id = s.call_id WHERE c.started_at >= ?1 AND c.started_at < ?2"
            + " WINDOW w AS (PARTITION BY s.call_id ORDER BY s.seq)),"
            + " speech AS (SELECT *, (next_event IS NULL OR next_node <> node OR NOT (next_event IN ('speech',"
            + " 'speech-not-understood', 'speech-silence') OR next_event LIKE 'confirm %')) AS last"
            + " FROM steps WHERE " + TURN + " OR " + CONFIRM + ")"
            + " SELECT COALESCE(SUM(" + TURN + "), 0), COALESCE(SUM(event = 'speech'), 0),"
            + " COALESCE(SUM(event = 'speech-not-understood'), 0), COALESCE(SUM(event = 'speech-silence'), 0),"
            + " COALESCE(SUM(event = 'speech' AND next_event LIKE 'confirm %' AND next_node = node), 0),"
            + " COALESCE(SUM(last AND " + ROUTED_AT_ONCE + "), 0),"
            + " COALESCE(SUM(last AND " + CONFIRMED + "), 0),"
            + " COALESCE(SUM(last AND next_event IS NOT NULL AND event <> 'speech' AND NOT " + CONFIRMED + "), 0),"
            + " COALESCE(SUM(last AND next_event IS NULL AND NOT " + CONFIRMED + " AND NOT " + ROUTED_AT_ONCE + "), 0)"
            + " FROM speech";

    /** Per department: how many are open, the oldest, the median of their times (the mean of the middle two). */
    private static final String WAITING = "WITH o AS (SELECT department, created_at,"
            + " ROW_NUMBER() OVER (PARTITION BY department ORDER BY created_at, id) AS n,"
            + " COUNT(*) OVER (PARTITION BY department) AS total FROM callbacks WHERE status = 'open')"
            + " SELECT department, MAX(total), MIN(created_at),"
            + " AVG(CASE WHEN n IN ((total + 1) / 2, (total + 2) / 2) THEN unixepoch(created_at, 'subsec') END)"
            + " FROM o GROUP BY department ORDER BY department";

    private final SqliteDatabase db;

    public SqliteCallStats(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public List<CallCount> calls(Instant from, Instant to) {
        return db.locked("count calls", c -> {
            List<CallCount> counts = new ArrayList<>();
            try (PreparedStatement ps = period(c.prepareStatement(CALLS), from, to);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String outcome = rs.getString(3);
                    counts.add(new CallCount(Instant.parse(rs.getString(1)), rs.getString(2),
                            outcome == null ? null : Outcome.ofCode(outcome), rs.getInt(4)));
                }
            }
            return counts;
        });
    }

    @Override
    public List<TopicCount> topics(Instant from, Instant to) {
        return db.locked("count calls by topic", c -> {
            List<TopicCount> counts = new ArrayList<>();
            try (PreparedStatement ps = period(c.prepareStatement(TOPICS), from, to);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new TopicCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return counts;
        });
    }

    @Override
    public SpeechCounts speech(Instant from, Instant to) {
        return db.locked("count speech turns", c -> {
            try (PreparedStatement ps = period(c.prepareStatement(SPEECH), from, to);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new SpeechCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9));
            }
        });
    }

    @Override
    public List<WaitingCallbacks> waitingCallbacks() {
        return db.locked("count waiting callbacks", c -> {
            List<WaitingCallbacks> waiting = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(WAITING); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long medianMillis = Math.round(rs.getDouble(4) * 1000);
                    waiting.add(new WaitingCallbacks(rs.getString(1), rs.getInt(2),
                            SqliteDatabase.instant(rs.getString(3)), Instant.ofEpochMilli(medianMillis)));
                }
            }
            return waiting;
        });
    }

    private static PreparedStatement period(PreparedStatement ps, Instant from, Instant to) throws SQLException {
        ps.setString(1, SqliteDatabase.time(from));
        ps.setString(2, SqliteDatabase.time(to));
        return ps;
    }
}
