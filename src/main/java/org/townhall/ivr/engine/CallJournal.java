package org.townhall.ivr.engine;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.store.CallEnd;
import org.townhall.ivr.store.CallStart;
import org.townhall.ivr.store.CallStep;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.Outcome;
import org.townhall.ivr.store.StoreException;

/**
 * Writes one call's record as it happens. A database failure is logged and never stops the caller from
 * being served: the call matters more than its record.
 */
final class CallJournal {
    private static final Logger log = LoggerFactory.getLogger(CallJournal.class);

    private final CallStore store;
    private final Clock clock;
    private final CallEvents events;
    private final String callId;

    private CallJournal(CallStore store, Clock clock, CallEvents events, String callId) {
        this.store = store;
        this.clock = clock;
        this.events = events;
        this.callId = callId;
    }

    static CallJournal start(CallStore store, Clock clock, CallEvents events, IncomingCall call, String language,
                             String version) {
        String id = call.id();
        try {
            id = store.callStarted(new CallStart(call.id(), call.callerNumber(), call.callerName(), call.channel(),
                    language, clock.instant(), version));
        } catch (StoreException e) {
            log.error("call record not started: {}", e.getMessage(), e);
        }
        events.callStarted(new CallEvents.Started(id, call.callerWithheld() ? "" : call.callerNumber(),
                call.callerName(), language, clock.instant()));
        return new CallJournal(store, clock, events, id);
    }

    CallEvents events() {
        return events;
    }

    String callId() {
        return callId;
    }

    void step(String node, String event, String input) {
        log.info("{} {}{}", node, event, input == null ? "" : " " + input);
        try {
            store.stepTaken(callId, new CallStep(clock.instant(), node, event, input));
        } catch (StoreException e) {
            log.error("call step not recorded: {}", e.getMessage(), e);
        }
        events.step(new CallEvents.Step(callId, node, event, clock.instant()));
    }

    void end(Outcome outcome, String department, String topic, String language) {
        log.info("call ended: {}{}", outcome.code(), department == null ? "" : " (" + department + ")");
        try {
            store.callEnded(callId, new CallEnd(clock.instant(), outcome, department, topic, language));
        } catch (StoreException e) {
            log.error("call record not closed: {}", e.getMessage(), e);
        }
        events.callEnded(new CallEvents.Ended(callId, outcome, department, clock.instant()));
    }
}
