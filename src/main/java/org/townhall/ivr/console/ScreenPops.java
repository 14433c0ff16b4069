package org.townhall.ivr.console;

import java.util.List;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.CallbackFilter;
import org.townhall.ivr.store.CallbackQueue;
import org.townhall.ivr.store.User;

/** Builds screen pops: the ringing call plus the earlier calls and callback requests of its number. */
public final class ScreenPops {
    static final int HISTORY = 10;

    private final CallStore calls;
    private final CallbackQueue callbacks;

    public ScreenPops(CallStore calls, CallbackQueue callbacks) {
        this.calls = calls;
        this.callbacks = callbacks;
    }

    /** The pop for {@code user}: history limited to the departments they serve (and calls that reached none). */
    public ScreenPop pop(LiveCall call, User user) {
        String number = call.callerNumber();
        if (number == null || number.isBlank()) {
            return new ScreenPop(call, List.of(), List.of());
        }
        List<ScreenPop.PastCall> previous = calls.callsFrom(number, HISTORY + 1).stream()
                .filter(c -> !c.id().equals(call.callId()))
                .filter(c -> c.department() == null || user.serves(c.department()))
                .limit(HISTORY)
                .map(c -> new ScreenPop.PastCall(c.id(), c.startedAt(), c.department(), c.outcome())).toList();
        List<ScreenPop.PastCallback> requests = callbacks.list(CallbackFilter.from(number, 100)).stream()
                .filter(c -> user.serves(c.department()))
                .map(c -> new ScreenPop.PastCallback(c.id(), c.createdAt(), c.department(), c.status(), c.attempts()))
                .toList();
        return new ScreenPop(call, previous, requests);
    }
}
