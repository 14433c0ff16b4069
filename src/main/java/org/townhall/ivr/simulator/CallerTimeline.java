package org.townhall.ivr.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The scripted caller on the simulated timeline. Each media command asks what the caller does while it runs;
 * only the head of the script is looked at, and it is consumed (wholly or partly), left alone, or has its delay
 * shortened by the time the command took. All times are microseconds from the start of the command.
 */
final class CallerTimeline {

    /** Time between the keys of one {@code press}. */
    static final long KEY_GAP = 250_000;
    /** A caller left with nothing to do on an endless wait hangs up after this. */
    static final long PATIENCE = 60_000_000;
    /** One audio frame: silence detection fires on the first frame beyond the allowed silence. */
    static final long FRAME = 20_000;

    static final long DEFAULT_RING = 3_000_000;
    static final long DEFAULT_TALK = 10_000_000;

    private static final CallerAction.Hangup GIVE_UP = new CallerAction.Hangup(Duration.ZERO);

    /** How a wait or prompt ended. */
    enum Kind {
        KEY, HANGUP, END
    }

    record Wait(Kind kind, long at, char key) {
    }

    enum DigitsEnd {
        COMPLETE, TIMEOUT, EMPTY, HANGUP
    }

    record Digits(DigitsEnd end, String digits, long at) {
    }

    enum RecordEnd {
        DTMF, SILENCE, TIMEOUT, HANGUP
    }

    /** What RECORD FILE listens for: {@code timeout} < 0 = none, {@code silence} 0 = no silence detection. */
    record RecordPlan(String escape, long timeout, long silence) {
    }

    /** How a recording ended, {@code at} after it started; {@code speech} is the caller's audio (null = silence). */
    record Recording(RecordEnd end, long at, short[] speech, char key) {
    }

    /** How a Dial went: DIALSTATUS, ring time, talk time, when Dial returns, and whether the caller hung up. */
    record DialCall(String status, long ring, long talk, long end, boolean callerHungUp) {
    }

    private final Deque<CallerAction> queue;
    private final int idleInputLimit;
    private final TranscriptRecorder transcript;
    private final Map<Path, short[]> speechCache = new HashMap<>();
    private int idleInputs;
    private String command = "";

    CallerTimeline(CallerScript script, int idleInputLimit, TranscriptRecorder transcript) {
        this.queue = new ArrayDeque<>(script.actions());
        this.idleInputLimit = idleInputLimit;
        this.transcript = transcript;
    }

    /** Names the AGI command now running (e.g. {@code STREAM FILE}, {@code EXEC Dial}), for {@code hangup during}. */
    void startCommand(String label) {
        command = label.toLowerCase(java.util.Locale.ROOT);
    }

    /** A prompt of {@code duration} that {@code escape} digits interrupt (STREAM FILE, SAY, the beep…). */
    Wait prompt(long start, long duration, String escape) {
        return prompt(start, duration, escape, true);
    }

    private Wait prompt(long start, long duration, String escape, boolean inputTurn) {
        CallerAction head = head();
        if (head instanceof CallerAction.Hangup hangup) {
            return hangupOrEnd(start, hangup, duration);
        }
        if (!escape.isEmpty()) {
            if (head instanceof CallerAction.Press press) {
                return pressDuringPrompt(start, press, duration, escape);
            }
            if (inputTurn && (head == null || head instanceof CallerAction.Dial)) {
                idleInputs++;
            }
        }
        return new Wait(Kind.END, duration, '\0');
    }

    /** WAIT FOR DIGIT; {@code timeout} < 0 waits forever. */
    Wait waitForDigit(long start, long timeout) {
        if (timeout == 0) {
            return new Wait(Kind.END, 0, '\0');
        }
        CallerAction head = head();
        if (head instanceof CallerAction.Hangup hangup) {
            return hangupOrEnd(start, hangup, timeout);
        }
        if (head instanceof CallerAction.Press press) {
            long t = Micros.of(press.after());
            if (timeout >= 0 && t >= timeout) {
                requeue(press, new CallerAction.Press(press.keys(), micros(t - timeout)));
                return new Wait(Kind.END, timeout, '\0');
            }
            char key = press.keys().charAt(0);
            pressed(start + t, key, "");
            consumeKeys(press, 1);
            return new Wait(Kind.KEY, t, key);
        }
        silentTurn(start, head);
        if (timeout < 0) {
            return new Wait(Kind.HANGUP, giveUp(start + PATIENCE) - start, '\0');
        }
        return new Wait(Kind.END, timeout, '\0');
    }

    /**
     * GET DATA after its prompt of {@code prompt}: the first key within {@code firstTimeout} of the prompt's end,
     * each next within {@code nextTimeout}; {@code #} ends, so does reaching {@code max} digits.
     */
    Digits collectDigits(long start, long prompt, long firstTimeout, long nextTimeout, int max, boolean endless) {
        long firstDeadline = endless ? Long.MAX_VALUE : prompt + firstTimeout;
        CallerAction head = head();
        if (head instanceof CallerAction.Hangup hangup) {
            long at = Micros.of(hangup.after());
            if (at < firstDeadline) {
                consume(hangup);
                hungUp(start + at);
                return new Digits(DigitsEnd.HANGUP, "", at);
            }
            requeue(hangup, new CallerAction.Hangup(micros(at - firstDeadline), hangup.during()));
            return new Digits(DigitsEnd.TIMEOUT, "", firstDeadline);
        }
        if (head instanceof CallerAction.Press press) {
            return typeDigits(start, press, firstDeadline, nextTimeout, max, endless);
        }
        silentTurn(start, head);
        if (endless) {
            return new Digits(DigitsEnd.HANGUP, "", giveUp(start + prompt + PATIENCE) - start);
        }
        return new Digits(DigitsEnd.TIMEOUT, "", firstDeadline);
    }

    /** RECORD FILE once recording started (the beep is a {@link #beep} before it). */
    Recording record(long start, RecordPlan plan) throws IOException {
        long silenceEnd = plan.silence() > 0 ? plan.silence() + FRAME : Long.MAX_VALUE;
        long timeoutEnd = plan.timeout() >= 0 ? plan.timeout() : Long.MAX_VALUE;
        long naturalEnd = Math.min(silenceEnd, timeoutEnd);
        RecordEnd naturalKind = silenceEnd < timeoutEnd ? RecordEnd.SILENCE : RecordEnd.TIMEOUT;
        CallerAction head = head();
        if (head instanceof CallerAction.Hangup hangup) {
            long at = Micros.of(hangup.after());
            if (at < naturalEnd) {
                consume(hangup);
                hungUp(start + at);
                return new Recording(RecordEnd.HANGUP, at, null, '\0');
            }
            requeue(hangup, new CallerAction.Hangup(micros(at - naturalEnd), hangup.during()));
            return new Recording(naturalKind, naturalEnd, null, '\0');
        }
        if (head instanceof CallerAction.Press press) {
            return pressDuringRecording(start, press, plan.escape(), naturalEnd, naturalKind);
        }
        if (head instanceof CallerAction.Speak speak) {
            return speakDuringRecording(start, speak, plan, timeoutEnd);
        }
        silentTurn(start, head);
        if (naturalEnd == Long.MAX_VALUE) {
            return new Recording(RecordEnd.HANGUP, giveUp(start + PATIENCE) - start, null, '\0');
        }
        return new Recording(naturalKind, naturalEnd, null, '\0');
    }

    /** The beep before a recording: escape digits interrupt it, it is not an input turn of its own. */
    Wait beep(long start, long duration, String escape) {
        return prompt(start, duration, escape, false);
    }

    /** EXEC Dial; {@code timeout} < 0 rings without limit. */
    DialCall dial(long start, long timeout) {
        CallerAction head = head();
        CallerAction.Dial callee = new CallerAction.Dial(CallerAction.DialOutcome.ANSWER, null, null);
        CallerAction.Hangup hangup = null;
        if (head instanceof CallerAction.Dial scripted) {
            consume(scripted);
            callee = scripted;
        } else if (head instanceof CallerAction.Hangup h) {
            hangup = h;
        }
        String status;
        long outcomeAt;
        long talk = 0;
        Long after = callee.after() == null ? null : Micros.of(callee.after());
        switch (callee.outcome()) {
            case ANSWER -> {
                outcomeAt = after != null ? after : DEFAULT_RING;
                status = "ANSWER";
                talk = callee.talk() != null ? Micros.of(callee.talk()) : DEFAULT_TALK;
            }
            case BUSY -> {
                outcomeAt = after != null ? after : 1_000_000;
                status = "BUSY";
            }
            case CONGESTION -> {
                outcomeAt = after != null ? after : 500_000;
                status = "CONGESTION";
            }
            case CHANUNAVAIL -> {
                outcomeAt = after != null ? after : 0;
                status = "CHANUNAVAIL";
            }
            default -> {
                outcomeAt = after != null ? after : Long.MAX_VALUE;
                status = "NOANSWER";
            }
        }
        if (timeout >= 0 && outcomeAt >= timeout) {
            status = "NOANSWER";
            outcomeAt = timeout;
            talk = 0;
        }
        if (outcomeAt == Long.MAX_VALUE) {
            if (hangup == null) {
                long at = giveUp(start + PATIENCE) - start;
                return new DialCall("CANCEL", at, 0, at, true);
            }
            outcomeAt = Long.MAX_VALUE / 2;
        }
        long end = outcomeAt + talk;
        if (hangup != null) {
            long at = Micros.of(hangup.after());
            if (at < end) {
                consume(hangup);
                hungUp(start + at);
                if (status.equals("ANSWER") && at >= outcomeAt) {
                    return new DialCall(status, outcomeAt, at - outcomeAt, at, true);
                }
                return new DialCall("CANCEL", at, 0, at, true);
            }
            requeue(hangup, new CallerAction.Hangup(micros(at - end), hangup.during()));
        }
        return new DialCall(status, outcomeAt, talk, end, false);
    }

    /**
     * EXEC AudioSocket: the action the caller performs in the stream, the head of the script when a stream can
     * play it (press, speak, silence, a hang-up meant for this command); null when there is none, which is an
     * input turn without input. The action stays in the script until {@link #streamDone}.
     */
    CallerAction streamAction(long start) {
        CallerAction head = head();
        if (head == GIVE_UP) {
            transcript.event(start, TranscriptRecorder.CALLER,
                    "has had " + idleInputs + " input turns without anything to say");
            return head;
        }
        if (head instanceof CallerAction.Press || head instanceof CallerAction.Speak
                || head instanceof CallerAction.Silence || head instanceof CallerAction.Hangup) {
            return head;
        }
        idleInputs++;
        return null;
    }

    /** The stream ended: {@code rest} null means the action was performed, else it is what is left of it. */
    void streamDone(CallerAction action, CallerAction rest) {
        if (rest == null) {
            consume(action);
        } else {
            requeue(action, rest);
        }
    }

    /**
     * A command that only takes time (Wait, Playback, music on hold): only a hang-up matters. {@code duration} < 0
     * lasts until the caller hangs up, which the caller does after {@code givesUpAfter}.
     */
    Wait passive(long start, long duration, long givesUpAfter) {
        CallerAction head = head();
        if (head instanceof CallerAction.Hangup hangup) {
            long at = Micros.of(hangup.after());
            if (duration < 0 && at >= givesUpAfter) {
                return new Wait(Kind.HANGUP, giveUp(start + givesUpAfter) - start, '\0');
            }
            return hangupOrEnd(start, hangup, duration);
        }
        if (duration < 0) {
            return new Wait(Kind.HANGUP, giveUp(start + givesUpAfter) - start, '\0');
        }
        return new Wait(Kind.END, duration, '\0');
    }

    private Wait hangupOrEnd(long start, CallerAction.Hangup hangup, long duration) {
        long at = Micros.of(hangup.after());
        if (duration < 0 || at < duration) {
            consume(hangup);
            if (hangup == GIVE_UP) {
                transcript.event(start + at, TranscriptRecorder.CALLER,
                        "has had " + idleInputs + " input turns without anything to say");
            }
            hungUp(start + at);
            return new Wait(Kind.HANGUP, at, '\0');
        }
        requeue(hangup, new CallerAction.Hangup(micros(at - duration), hangup.during()));
        return new Wait(Kind.END, duration, '\0');
    }

    private Wait pressDuringPrompt(long start, CallerAction.Press press, long duration, String escape) {
        String keys = press.keys();
        long after = Micros.of(press.after());
        for (int i = 0; i < keys.length(); i++) {
            long t = after + i * KEY_GAP;
            if (t >= duration) {
                requeue(press, new CallerAction.Press(keys.substring(i), micros(t - duration)));
                return new Wait(Kind.END, duration, '\0');
            }
            char key = keys.charAt(i);
            if (escape.indexOf(key) >= 0) {
                pressed(start + t, key, "");
                consumeKeys(press, i + 1);
                return new Wait(Kind.KEY, t, key);
            }
            pressed(start + t, key, " (not an escape digit: ignored)");
        }
        consumeKeys(press, keys.length());
        return new Wait(Kind.END, duration, '\0');
    }

    private Digits typeDigits(long start, CallerAction.Press press, long firstDeadline, long nextTimeout, int max,
                              boolean endless) {
        String keys = press.keys();
        long after = Micros.of(press.after());
        StringBuilder digits = new StringBuilder();
        long deadline = firstDeadline;
        long last = 0;
        for (int i = 0; i < keys.length(); i++) {
            long t = after + i * KEY_GAP;
            if (t >= deadline) {
                requeue(press, new CallerAction.Press(keys.substring(i), micros(t - deadline)));
                if (i > 0) {
                    idleInputs = 0;
                }
                return new Digits(DigitsEnd.TIMEOUT, digits.toString(), deadline);
            }
            char key = keys.charAt(i);
            pressed(start + t, key, "");
            if (key == '#') {
                consumeKeys(press, i + 1);
                return digits.length() == 0 ? new Digits(DigitsEnd.EMPTY, "", t)
                        : new Digits(DigitsEnd.COMPLETE, digits.toString(), t);
            }
            digits.append(key);
            if (digits.length() >= max) {
                consumeKeys(press, i + 1);
                return new Digits(DigitsEnd.COMPLETE, digits.toString(), t);
            }
            last = t;
            deadline = endless ? Long.MAX_VALUE : t + nextTimeout;
        }
        consumeKeys(press, keys.length());
        if (endless) {
            return new Digits(DigitsEnd.HANGUP, digits.toString(), giveUp(start + last + PATIENCE) - start);
        }
        return new Digits(DigitsEnd.TIMEOUT, digits.toString(), deadline);
    }

    private Recording pressDuringRecording(long start, CallerAction.Press press, String escape, long naturalEnd,
                                           RecordEnd naturalKind) {
        String keys = press.keys();
        long after = Micros.of(press.after());
        long last = 0;
        for (int i = 0; i < keys.length(); i++) {
            long t = after + i * KEY_GAP;
            char key = keys.charAt(i);
            if (t >= naturalEnd) {
                requeue(press, new CallerAction.Press(keys.substring(i), micros(t - naturalEnd)));
                return new Recording(naturalKind, naturalEnd, null, '\0');
            }
            if (escape.indexOf(key) >= 0) {
                pressed(start + t, key, "");
                consumeKeys(press, i + 1);
                return new Recording(RecordEnd.DTMF, t, null, key);
            }
            pressed(start + t, key, " (not an escape digit: ignored)");
            last = t;
        }
        consumeKeys(press, keys.length());
        if (naturalEnd == Long.MAX_VALUE) {
            return new Recording(RecordEnd.HANGUP, giveUp(start + last + PATIENCE) - start, null, '\0');
        }
        return new Recording(naturalKind, naturalEnd, null, '\0');
    }

    private Recording speakDuringRecording(long start, CallerAction.Speak speak, RecordPlan plan, long timeoutEnd)
            throws IOException {
        consume(speak);
        short[] audio = speech(speak.wav());
        long speechMicros = Micros.ofSamples(audio.length);
        transcript.event(start, TranscriptRecorder.CALLER,
                "speaks " + speak.wav().getFileName() + " (" + Micros.human(speechMicros) + ")");
        if (plan.silence() > 0) {
            long until = speak.until() != null ? Micros.of(speak.until())
                    : Math.max(0, speechMicros + plan.silence() - 1_000_000);
            if (until < timeoutEnd) {
                return new Recording(RecordEnd.SILENCE, until, audio, '\0');
            }
        }
        if (timeoutEnd != Long.MAX_VALUE) {
            return new Recording(RecordEnd.TIMEOUT, timeoutEnd, audio, '\0');
        }
        return new Recording(RecordEnd.HANGUP, giveUp(start + speechMicros + PATIENCE) - start, audio, '\0');
    }

    /** The audio of a {@code speak} action, 8 kHz; a clear error for a file the simulator cannot read. */
    short[] speech(Path wav) throws IOException {
        short[] cached = speechCache.get(wav);
        if (cached == null) {
            try {
                String name = wav.getFileName().toString();
                int dot = name.lastIndexOf('.');
                AudioFiles.Format format = dot < 0 ? AudioFiles.Format.WAV
                        : AudioFiles.Format.ofExtension(name.substring(dot + 1)).orElse(AudioFiles.Format.WAV);
                cached = AudioFiles.read8k(wav, format);
            } catch (IOException e) {
                throw new IOException("caller script: cannot read the audio to speak, " + wav + ": "
                        + e.getMessage(), e);
            }
            speechCache.put(wav, cached);
        }
        return cached;
    }

    /** An input turn with no key: silence and speech are consumed, anything else counts as an idle turn. */
    private void silentTurn(long start, CallerAction head) {
        if (head instanceof CallerAction.Silence) {
            consume(head);
        } else if (head instanceof CallerAction.Speak speak) {
            consume(head);
            transcript.event(start, TranscriptRecorder.CALLER, "speaks " + speak.wav().getFileName());
        } else {
            idleInputs++;
        }
    }

    /** The action the running command deals with; a {@code hangup during} another command is not for it. */
    private CallerAction head() {
        if (idleInputs >= idleInputLimit) {
            return GIVE_UP;
        }
        CallerAction head = queue.peekFirst();
        if (head instanceof CallerAction.Hangup hangup && hangup.during() != null
                && !(command.equals(hangup.during()) || command.startsWith(hangup.during() + " "))) {
            return null;
        }
        return head;
    }

    private void consume(CallerAction action) {
        if (action != GIVE_UP) {
            queue.pollFirst();
            idleInputs = 0;
        }
    }

    private void requeue(CallerAction action, CallerAction replacement) {
        if (action != GIVE_UP) {
            queue.pollFirst();
            queue.addFirst(replacement);
        }
    }

    private void consumeKeys(CallerAction.Press press, int used) {
        queue.pollFirst();
        idleInputs = 0;
        if (used < press.keys().length()) {
            queue.addFirst(new CallerAction.Press(press.keys().substring(used), micros(KEY_GAP)));
        }
    }

    private void pressed(long micros, char key, String remark) {
        transcript.event(micros, TranscriptRecorder.CALLER, "presses " + key + remark);
    }

    private void hungUp(long micros) {
        transcript.callerHungUp(micros);
    }

    /** The caller has waited long enough and hangs up at {@code micros}; returns it. */
    private long giveUp(long micros) {
        transcript.event(micros, TranscriptRecorder.CALLER, "gives up waiting");
        transcript.callerHungUp(micros);
        return micros;
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(micros * 1_000);
    }
}
