package org.townhall.ivr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.store.sqlite.SqliteCallStats;
import org.townhall.ivr.store.sqlite.SqliteCallStore;
import org.townhall.ivr.store.sqlite.SqliteDatabase;

/** The dashboard's aggregates on a real SQLite file, from calls written the way the engine writes them. */
class SqliteCallStatsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant DAY_END = T0.plus(Duration.ofHours(12));

    @TempDir
    Path data;
    SqliteDatabase db;
    CallStore store;
    CallStats stats;
    int calls;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(data);
        store = new SqliteCallStore(db);
        stats = new SqliteCallStats(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A call at {@code at} whose steps are {@code node event input} triples ({@code -} for no input). */
    private String call(Instant at, Outcome outcome, String department, String... steps) {
        String id = store.callStarted(new CallStart("call-" + ++calls, "06" + calls, null, "PJSIP/t", "en", at, "v1"));
        for (String step : steps) {
            String[] parts = step.split("\\|");
            store.stepTaken(id, new CallStep(at, parts[0], parts[1], parts[2].equals("-") ? null : parts[2]));
        }
        store.callEnded(id, new CallEnd(at.plusSeconds(60), outcome, department, "", "en"));
        return id;
    }

    @Test
    @DisplayName("speech attempts are told apart: routed at once, after a yes, sent to the keypad, or left")
    void speechRoutingSuccess() {
        call(T0, Outcome.TRANSFERRED, "roads", "main|speech|pothole => roads 1.80", "to-roads|dial|PJSIP/1002");
        call(T0, Outcome.TRANSFERRED, "roads", "main|speech|the road => roads 0.60", "main|confirm roads|yes",
                "to-roads|dial|PJSIP/1002");
        call(T0, Outcome.TRANSFERRED, "roads", "main|speech|bins => waste 0.50", "main|confirm waste|no",
                "main|speech-not-understood|blah", "main|key|2", "to-roads|dial|PJSIP/1002");
        call(T0, Outcome.TRANSFERRED, "waste", "main|speech-silence|-", "main|speech-silence|-", "main|key|3",
                "to-waste|dial|PJSIP/1003");
        call(T0, Outcome.HUNG_UP, null, "main|speech-not-understood|hmm");
        call(T0, Outcome.HUNG_UP, null, "main|speech|passport => civil-status 0.50");
        call(T0.minus(Duration.ofDays(2)), Outcome.TRANSFERRED, "roads", "main|speech|pothole => roads 1.80",
                "to-roads|dial|PJSIP/1002");

        SpeechCounts speech = stats.speech(T0, DAY_END);

        assertEquals(new SpeechCounts(8, 4, 2, 2, 2, 1, 1, 2, 2), speech);
        assertEquals(6, speech.attempts());
    }

    @Test
    @DisplayName("a request the caller went on with over the confirmation is one attempt, routed after the yes")
    void requestGoneOnIsOneAttempt() {
        call(T0, Outcome.TRANSFERRED, "social", "main|speech|after my husband full time => schools 0.56",
                "main|confirm schools|went on", "main|speech|after my husband full time got dementia => social 1.25",
                "main|confirm social|yes", "to-social|dial|PJSIP/1006");

        SpeechCounts speech = stats.speech(T0, DAY_END);

        assertEquals(new SpeechCounts(2, 2, 0, 0, 2, 0, 1, 0, 0), speech);
        assertEquals(1, speech.attempts());
    }

    @Test
    @DisplayName("calls are counted per UTC quarter hour, department and outcome, within the period only")
    void callsPerQuarterHour() {
        call(T0.plusSeconds(14 * 60 + 59), Outcome.TRANSFERRED, "roads");
        call(T0.plusSeconds(60), Outcome.TRANSFERRED, "roads");
        call(T0.plusSeconds(15 * 60), Outcome.HUNG_UP, null);
        call(DAY_END, Outcome.HUNG_UP, null);

        List<CallCount> counts = stats.calls(T0, DAY_END);

        assertEquals(List.of(new CallCount(T0, "roads", Outcome.TRANSFERRED, 2),
                new CallCount(T0.plusSeconds(15 * 60), null, Outcome.HUNG_UP, 1)), counts);
    }

    @Test
    @DisplayName("waiting callbacks per department: how many, the oldest, the median (middle one, or mean of two)")
    void waitingCallbacks() {
        for (int minutes : new int[] {0, 10, 40}) {
            Instant at = T0.plus(Duration.ofMinutes(minutes));
            store.requestCallback(new NewCallback(call(at, Outcome.CALLBACK, "planning"), "07" + minutes, "planning",
                    "main:4", null, at));
        }
        for (int minutes : new int[] {5, 25}) {
            Instant at = T0.plus(Duration.ofMinutes(minutes));
            store.requestCallback(new NewCallback(call(at, Outcome.CALLBACK, "roads"), "08" + minutes, "roads",
                    "main:2", null, at));
        }

        assertEquals(List.of(new WaitingCallbacks("planning", 3, T0, T0.plus(Duration.ofMinutes(10))),
                new WaitingCallbacks("roads", 2, T0.plus(Duration.ofMinutes(5)), T0.plus(Duration.ofMinutes(15)))),
                stats.waitingCallbacks());
    }
}
