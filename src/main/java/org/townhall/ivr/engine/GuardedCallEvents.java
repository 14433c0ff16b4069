package org.townhall.ivr.engine;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The boundary between a call and its listener: what the listener throws is logged, the call goes on. */
final class GuardedCallEvents implements CallEvents {
    private static final Logger log = LoggerFactory.getLogger(GuardedCallEvents.class);

    private final CallEvents listener;

    private GuardedCallEvents(CallEvents listener) {
        this.listener = listener;
    }

    static CallEvents around(CallEvents listener) {
        if (listener == null) {
            throw new IllegalArgumentException("call events listener must not be null (use CallEvents.NONE)");
        }
        return listener == NONE || listener instanceof GuardedCallEvents ? listener : new GuardedCallEvents(listener);
    }

    @Override
    public void callStarted(Started event) {
        deliver("call-started", l -> l.callStarted(event));
    }

    @Override
    public void step(Step event) {
        deliver("step", l -> l.step(event));
    }

    @Override
    public void transferRinging(Ringing event) {
        deliver("transfer-ringing", l -> l.transferRinging(event));
    }

    @Override
    public void transferResult(TransferResult event) {
        deliver("transfer-result", l -> l.transferResult(event));
    }

    @Override
    public void callEnded(Ended event) {
        deliver("call-ended", l -> l.callEnded(event));
    }

    private void deliver(String what, Consumer<CallEvents> delivery) {
        try {
            delivery.accept(listener);
        } catch (RuntimeException e) {
            log.error("{} listener {} failed (the call goes on): {}", what, listener.getClass().getSimpleName(),
                    e.toString(), e);
        }
    }
}
