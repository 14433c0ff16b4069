package org.townhall.ivr.console.testcall;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.Ref;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.HeardAnswer;
import org.townhall.ivr.store.CallEnd;
import org.townhall.ivr.store.CallQuery;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.CallStart;
import org.townhall.ivr.store.CallStep;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.Callback;
import org.townhall.ivr.store.CallbackRequest;
import org.townhall.ivr.store.CallbackStatus;
import org.townhall.ivr.store.NewCallback;

/**
 * The test calls' store as one test call's engine sees it: everything goes to the real (separate) store, and each
 * step the engine records is also shown in the dialogue at the moment it is taken, with where it leads.
 */
final class ObservedCallStore implements CallStore {
    private final CallStore store;
    private final Dialogue dialogue;
    private final TownHall townHall;

    ObservedCallStore(CallStore store, Dialogue dialogue, TownHall townHall) {
        this.store = store;
        this.dialogue = dialogue;
        this.townHall = townHall;
    }

    @Override
    public void stepTaken(String callId, CallStep step) {
        store.stepTaken(callId, step);
        String event = step.event();
        String input = step.input();
        String target = null;
        String detail = null;
        Node node = townHall.menu().nodes().get(step.node());
        if (event.startsWith("confirm ")) {
            target = event.substring("confirm ".length());
            event = "confirm";
        } else if (event.equals(HeardAnswer.EVENT) && HeardAnswer.parse(input).isPresent()) {
            HeardAnswer heard = HeardAnswer.parse(input).get();
            input = heard.said();
            target = heard.department();
            detail = String.format(java.util.Locale.ROOT, "%.2f", heard.score()) + (heard.byMeaning() ? " by meaning" : "");
        } else if (event.equals("key") && node instanceof Node.Menu menu && input != null && input.length() == 1) {
            char key = input.charAt(0);
            target = key == '0' ? townHall.menu().reception()
                    : Optional.ofNullable(menu.choices().get(key)).map(Ref::target).orElse(null);
        } else if (event.equals("key") && !(node instanceof Node.Menu)) {
            event = "offer-key"; // the callback offer of a transfer or callback node
        } else if (node instanceof Node.Hours hours && (event.equals("open") || event.equals("closed"))) {
            target = (event.equals("open") ? hours.open() : hours.closed()).target();
        } else if (event.equals("dial-status") && input != null) {
            input = input.toLowerCase(java.util.Locale.ROOT);
        }
        dialogue.step(step.node(), event, input, target, detail);
    }

    @Override
    public String callStarted(CallStart start) {
        return store.callStarted(start);
    }

    @Override
    public void callEnded(String callId, CallEnd end) {
        store.callEnded(callId, end);
    }

    @Override
    public Optional<CallRecord> call(String callId) {
        return store.call(callId);
    }

    @Override
    public List<CallRecord> calls(CallQuery query) {
        return store.calls(query);
    }

    @Override
    public List<CallRecord> callsFrom(String callerNumber, int limit) {
        return store.callsFrom(callerNumber, limit);
    }

    @Override
    public CallbackRequest requestCallback(NewCallback request) {
        return store.requestCallback(request);
    }

    @Override
    public Optional<Callback> openCallback(String number, String department) {
        return store.openCallback(number, department);
    }

    @Override
    public List<Callback> callbacks(CallbackStatus status, String department, int limit) {
        return store.callbacks(status, department, limit);
    }

    @Override
    public int closeInterruptedCalls(Instant now) {
        return store.closeInterruptedCalls(now);
    }

    @Override
    public void close() {
        // the test calls' store is closed by TestCalls, once
    }
}
