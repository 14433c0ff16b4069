package org.townhall.ivr.console;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.engine.CallEvents;

/**
 * The calls now in the IVR, kept from the engine's events, and the browsers following them. Bounded both ways:
 * at most {@link #MAX_CALLS} calls are tracked, each browser has a queue of {@link #QUEUE} events and is dropped
 * when it fills; publishing never blocks a call.
 */
public final class LiveCalls implements CallEvents, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveCalls.class);
    static final int MAX_CALLS = 1000;
    static final int MAX_SUBSCRIBERS = 50;
    static final int QUEUE = 256;

    private final Map<String, LiveCall> calls = new ConcurrentHashMap<>();
    private final List<LiveSubscription> subscribers = new CopyOnWriteArrayList<>();

    /** The calls in the IVR whose department (if any yet) passes {@code serves}, oldest first. */
    public List<LiveCall> snapshot(Predicate<String> serves) {
        return calls.values().stream().filter(c -> c.department() == null || serves.test(c.department()))
                .sorted(Comparator.comparing(LiveCall::startedAt).thenComparing(LiveCall::callId)).toList();
    }

    /** A new feed of the events of the departments {@code serves} accepts (and of calls not yet in one). */
    public LiveSubscription subscribe(Predicate<String> serves) {
        if (subscribers.size() >= MAX_SUBSCRIBERS) {
            throw new IllegalStateException("too many live views open (" + MAX_SUBSCRIBERS + "): close some tabs");
        }
        LiveSubscription[] self = new LiveSubscription[1];
        self[0] = new LiveSubscription(QUEUE, serves, () -> subscribers.remove(self[0]));
        subscribers.add(self[0]);
        return self[0];
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    @Override
    public void callStarted(Started event) {
        if (calls.size() >= MAX_CALLS) {
            log.warn("{} calls already shown live: call {} is not", MAX_CALLS, event.callId());
            return;
        }
        LiveCall call = new LiveCall(event.callId(), event.callerNumber(), event.callerName(), event.language(),
                event.at(), LiveCall.IN_IVR, null, null, null, null, null, null);
        calls.put(call.callId(), call);
        publish(LiveEvent.STARTED, call, null);
    }

    @Override
    public void step(Step event) {
        LiveCall call = calls.computeIfPresent(event.callId(), (id, c) -> c.at(event.node()));
        if (call != null) {
            publish(LiveEvent.STEP, call, null);
        }
    }

    @Override
    public void transferRinging(Ringing event) {
        LiveCall call = calls.computeIfPresent(event.callId(), (id, c) -> c.ringing(event.department(), event.topic(),
                event.transcript(), event.dial(), event.at()));
        if (call != null) {
            publish(LiveEvent.RINGING, call, null);
        }
    }

    @Override
    public void transferResult(TransferResult event) {
        LiveCall call = calls.computeIfPresent(event.callId(), (id, c) -> c.after(event.result().answered()));
        if (call != null) {
            publish(LiveEvent.RESULT, call, event.result().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Override
    public void callEnded(Ended event) {
        LiveCall call = calls.remove(event.callId());
        if (call != null) {
            publish(LiveEvent.ENDED, call.concerning(event.department()), event.outcome().code());
        }
    }

    private void publish(String name, LiveCall call, String outcome) {
        LiveEvent event = new LiveEvent(name, call, outcome);
        for (LiveSubscription subscriber : subscribers) {
            if (!subscriber.offer(event)) {
                log.warn("a live view fell {} events behind: dropped (the browser reconnects)", QUEUE);
            }
        }
    }

    /** Ends every feed, so the browsers' connections finish. */
    @Override
    public void close() {
        subscribers.forEach(LiveSubscription::close);
    }
}
