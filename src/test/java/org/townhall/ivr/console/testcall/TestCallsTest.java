package org.townhall.ivr.console.testcall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.EngineSettings;
import org.townhall.ivr.engine.PromptLibrary;
import org.townhall.ivr.engine.Sound;
import org.townhall.ivr.store.Outcome;

/** The test call service on its own: idle calls hang up by themselves, and only so many run at once. */
class TestCallsTest {
    @TempDir
    Path data;

    private TestCalls testCalls(Duration idle) throws Exception {
        return new TestCalls(data, null, null, new PromptLibrary(data.resolve("prompts"), "/prompts",
                new Sound("silence/1")), EngineSettings.defaults("/recordings"),
                Clock.fixed(RunningServer.TUESDAY_10H, ZoneOffset.UTC), idle);
    }

    private static TownHall demo() throws Exception {
        return ConfigLoader.load(Path.of("config/townhall.yaml"));
    }

    private static TestCallState untilFinished(TestCalls calls, String id) {
        List<DialogueLine> lines = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            TestCallState state = calls.state("sophie", id, lines.size(), null, Duration.ofSeconds(5));
            lines.addAll(state.lines());
            if (state.finished()) {
                return new TestCallState(state.id(), state.recordId(), state.language(), state.caller(),
                        state.configuration(), state.awaiting(), true, state.outcome(), state.last(), lines,
                        state.speech(), state.typedSpeech());
            }
        }
        throw new AssertionError("the test call did not end: " + lines);
    }

    @Test
    @DisplayName("a test call nobody acts on for the idle time hangs up by itself")
    void idleCallHangsUp() throws Exception {
        try (TestCalls calls = testCalls(Duration.ofSeconds(1))) {
            String id = calls.start("sophie", demo(), "en", "0612345678", "live");

            TestCallState end = untilFinished(calls, id);

            assertEquals(Outcome.HUNG_UP, end.outcome());
            assertTrue(end.lines().stream().anyMatch(l -> "idle".equals(l.event())), end.lines()::toString);
            assertEquals(Outcome.HUNG_UP, calls.store().call(end.recordId()).orElseThrow().outcome());
        }
    }

    @Test
    @DisplayName("a fifth test call at once is refused until one of the four ends")
    void fourAtOnce() throws Exception {
        try (TestCalls calls = testCalls(Duration.ofMinutes(2))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < TestCalls.MAX_RUNNING; i++) {
                ids.add(calls.start("sophie", demo(), "en", null, "live"));
            }

            TestCallException refused = assertThrows(TestCallException.class,
                    () -> calls.start("sophie", demo(), "en", null, "live"));
            assertEquals(TestCallException.Reason.LIMIT, refused.reason());

            calls.input("sophie", ids.get(0), new Input.Hangup());
            untilFinished(calls, ids.get(0));
            String fifth = calls.start("sophie", demo(), "en", null, "live");
            assertTrue(Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("test-call-" + fifth)), "each test call runs on a named thread");
        }
    }
}
