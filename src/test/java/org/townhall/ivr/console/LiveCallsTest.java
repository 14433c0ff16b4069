package org.townhall.ivr.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.townhall.ivr.engine.CallEvents;
import org.townhall.ivr.engine.DialOutcome;
import org.townhall.ivr.store.Outcome;

/** The live calls hub: what it keeps, who gets what, and that a slow browser never holds a call back. */
class LiveCallsTest {
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    final LiveCalls live = new LiveCalls();

    private void start(String id) {
        live.callStarted(new CallEvents.Started(id, "0612345678", "Jean Dupont", "en", T0));
    }

    private void ring(String id, String department) {
        live.transferRinging(new CallEvents.Ringing(id, department, "main:2", "", "0612345678", "Jean Dupont", "en",
                "PJSIP/1002", T0));
    }

    @Test
    @DisplayName("a call is shown from its start to its end, ringing then put through")
    void callLifecycle() {
        start("c1");
        ring("c1", "roads");
        assertEquals("ringing", live.snapshot(d -> true).get(0).state());
        live.transferResult(new CallEvents.TransferResult("c1", "roads", DialOutcome.ANSWER, T0));
        assertEquals("transferred", live.snapshot(d -> true).get(0).state());
        live.callEnded(new CallEvents.Ended("c1", Outcome.TRANSFERRED, "roads", T0));
        assertTrue(live.snapshot(d -> true).isEmpty());
    }

    @Test
    @DisplayName("an operator of waste sees calls not yet in a department; a roads transfer only leaves their view")
    void departmentsFilterTheFeedAndTheSnapshot() throws Exception {
        try (LiveSubscription waste = live.subscribe("waste"::equals)) {
            start("c1");
            ring("c1", "roads");
            start("c2");
            assertEquals(List.of("c2"), live.snapshot("waste"::equals).stream().map(LiveCall::callId).toList());
            assertEquals(LiveEvent.STARTED, waste.next(Duration.ZERO).orElseThrow().name());
            LiveEvent gone = waste.next(Duration.ZERO).orElseThrow();
            assertEquals(LiveEvent.GONE, gone.name(), "the roads ringing is not for them: the call leaves their view");
            assertEquals("c1", gone.call().callId());
            assertEquals(null, gone.call().callerNumber());
            assertEquals("c2", waste.next(Duration.ZERO).orElseThrow().call().callId());
        }
    }

    @Test
    @DisplayName("a browser that stops reading is dropped once its queue is full; calls and other browsers go on")
    void slowBrowserIsDropped() throws Exception {
        LiveSubscription slow = live.subscribe(d -> true);
        LiveSubscription reader = live.subscribe(d -> true);
        long began = System.nanoTime();
        for (int i = 0; i < LiveCalls.QUEUE + 10; i++) {
            start("c" + i);
            assertTrue(reader.next(Duration.ZERO).isPresent());
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - began).toSeconds() < 5, "publishing never waited");
        assertFalse(slow.isOpen());
        assertEquals(Optional.empty(), slow.next(Duration.ofSeconds(1)));
        assertTrue(reader.isOpen());
        assertEquals(1, live.subscriberCount());
        live.close();
        assertFalse(reader.isOpen());
    }
}
