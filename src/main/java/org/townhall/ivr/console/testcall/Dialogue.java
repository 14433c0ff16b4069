package org.townhall.ivr.console.testcall;

import java.util.ArrayList;
import java.util.List;
import org.townhall.ivr.store.Outcome;

/** A test call's dialogue as it happens, and what the IVR waits for; written by the call, read by the browser. */
final class Dialogue {
    /** What the IVR waits for from the browser right now. */
    enum Awaiting { NOTHING, KEY, DIGITS, SPEECH, DIAL }

    private final List<DialogueLine> lines = new ArrayList<>();
    private Awaiting awaiting = Awaiting.NOTHING;
    private boolean finished;
    private Outcome outcome;

    synchronized void ivr(String text, String promptId) {
        add(Speaker.IVR, text, promptId, null, null, null);
    }

    synchronized void caller(String event, String input, String text) {
        add(Speaker.CALLER, text, null, event, input, null);
    }

    /** An event of the call that is not a node's decision (a department rings, an input was ignored…). */
    synchronized void note(String event, String input) {
        note(event, input, null);
    }

    synchronized void note(String event, String input, String text) {
        add(Speaker.SYSTEM, text, null, event, input, null);
    }

    /** The decision taken at a node, from the step the engine recorded. */
    synchronized void step(String node, String event, String input, String target, String detail) {
        add(Speaker.SYSTEM, detail, node, event, input, target);
    }

    private void add(Speaker who, String text, String node, String event, String input, String target) {
        lines.add(new DialogueLine(lines.size() + 1, who, text, node, event, input, target));
        notifyAll();
    }

    synchronized void awaiting(Awaiting what) {
        awaiting = what;
        notifyAll();
    }

    synchronized void finish(Outcome how) {
        awaiting = Awaiting.NOTHING;
        outcome = how;
        finished = true;
        note("ended", how.code());
    }

    synchronized boolean finished() {
        return finished;
    }

    /**
     * Like {@link #since(int)}, but first waits up to {@code wait} for something new: a line after {@code seq}, the
     * end of the call, or another wait than {@code seen} (null: any).
     */
    synchronized Snapshot next(int seq, Awaiting seen, java.time.Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        while (lines.size() <= seq && !finished && (seen == null || seen == awaiting)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return since(seq);
    }

    /** The lines after {@code seq} (0: all), with the call's state at this moment. */
    synchronized Snapshot since(int seq) {
        return new Snapshot(List.copyOf(lines.subList(Math.min(Math.max(seq, 0), lines.size()), lines.size())),
                lines.size(), awaiting, finished, outcome);
    }

    record Snapshot(List<DialogueLine> lines, int last, Awaiting awaiting, boolean finished, Outcome outcome) {
    }
}
