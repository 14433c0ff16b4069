package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.townhall.ivr.store.Outcome;

/** The boundary between a call and its event listener. */
class GuardedCallEventsTest {
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    @DisplayName("what a listener throws is logged and never reaches the call; later events still arrive")
    void failingListenerNeverBreaksTheCall() {
        List<String> seen = new ArrayList<>();
        CallEvents failing = new CallEvents() {
            @Override
            public void callStarted(Started event) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void callEnded(Ended event) {
                seen.add(event.callId());
            }
        };
        CallEvents guarded = GuardedCallEvents.around(failing);

        assertDoesNotThrow(() -> guarded.callStarted(new CallEvents.Started("c1", "0612345678", "", "en", T0)));
        guarded.callEnded(new CallEvents.Ended("c1", Outcome.HUNG_UP, null, T0));

        assertEquals(List.of("c1"), seen);
        assertSame(CallEvents.NONE, GuardedCallEvents.around(CallEvents.NONE));
    }
}
