package org.townhall.ivr.console;

import java.time.Instant;
import java.util.List;
import org.townhall.ivr.store.CallbackStatus;
import org.townhall.ivr.store.Outcome;

/**
 * What an operator sees when a transfer rings their department: the call with its qualification, and what the
 * town hall already knows about the number.
 */
public record ScreenPop(LiveCall call, List<PastCall> previousCalls, List<PastCallback> callbacks) {
    public ScreenPop {
        previousCalls = List.copyOf(previousCalls);
        callbacks = List.copyOf(callbacks);
    }

    /** An earlier call from the same number; {@code department} and {@code outcome} may be null. */
    public record PastCall(String callId, Instant startedAt, String department, Outcome outcome) {
    }

    /** A callback request from the same number. */
    public record PastCallback(long id, Instant createdAt, String department, CallbackStatus status, int attempts) {
    }
}
