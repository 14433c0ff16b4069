package org.townhall.ivr.simulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scripted caller sends into one AudioSocket stream: its one action laid out on the stream's timeline
 * (8 kHz samples from the start of the stream), real silence around it. A real caller's line carries audio all the
 * time, even when nobody speaks; the silence is zeros with a tiny deterministic dither.
 */
final class CallerAudioSource {

    /** 20 ms at 8 kHz: what Asterisk sends per frame. */
    static final int FRAME = 160;
    static final long KEY_GAP = Micros.toSamples(CallerTimeline.KEY_GAP);

    /** A happening for the transcript, {@code at} samples into the stream. */
    record Happening(long at, String text) {
    }

    private final CallerAction action;
    private final short[] speech;
    private final long at;
    private int keysSent;

    /**
     * @param action what the caller does (null: nothing)
     * @param speech the audio of a {@code speak} action, else null
     */
    CallerAudioSource(CallerAction action, short[] speech) {
        this.action = action;
        this.speech = speech;
        if (action instanceof CallerAction.Press p) {
            at = Micros.toSamples(Micros.of(p.after()));
        } else if (action instanceof CallerAction.Speak s && s.after() != null) {
            at = Micros.toSamples(Micros.of(s.after()));
        } else if (action instanceof CallerAction.Hangup h) {
            at = Micros.toSamples(Micros.of(h.after()));
        } else {
            at = 0;
        }
    }

    /** When the caller hangs up, in samples; {@link Long#MAX_VALUE} when the action is not a hang-up. */
    long hangupAt() {
        return action instanceof CallerAction.Hangup ? at : Long.MAX_VALUE;
    }

    /** The keys due by {@code position} not sent yet: Asterisk forwards each DTMF frame between audio frames. */
    String keysDue(long position) {
        if (!(action instanceof CallerAction.Press press)) {
            return "";
        }
        int from = keysSent;
        while (keysSent < press.keys().length() && keyTime(keysSent) <= position) {
            keysSent++;
        }
        return press.keys().substring(from, keysSent);
    }

    /** The 20 ms of audio starting at {@code position}. */
    short[] frame(long position) {
        short[] frame = new short[FRAME];
        for (int i = 0; i < FRAME; i++) {
            long t = position + i;
            frame[i] = speech != null && t >= at && t - at < speech.length ? speech[(int) (t - at)] : dither(t);
        }
        return frame;
    }

    /** What is left of the action when the stream ends at {@code end}; null when it was performed. */
    CallerAction rest(long end, boolean callerHungUp) {
        if (action instanceof CallerAction.Press p) {
            int pressed = pressedBy(end);
            return pressed == p.keys().length() ? null
                    : new CallerAction.Press(p.keys().substring(pressed), duration(keyTime(pressed) - end));
        }
        if (action instanceof CallerAction.Speak s) {
            return at < end ? null : new CallerAction.Speak(s.wav(), s.until(), duration(at - end));
        }
        if (action instanceof CallerAction.Hangup h) {
            return callerHungUp ? null : new CallerAction.Hangup(duration(at - end), h.during());
        }
        return null;
    }

    /** What the caller did before {@code end} (a hang-up at {@code end} excluded: it is the stream's end). */
    List<Happening> happenings(long end) {
        List<Happening> list = new ArrayList<>();
        if (action instanceof CallerAction.Press p) {
            for (int i = 0; i < pressedBy(end); i++) {
                list.add(new Happening(keyTime(i), "presses " + p.keys().charAt(i)));
            }
        } else if (action instanceof CallerAction.Speak s && at < end) {
            long length = Micros.ofSamples(speech.length);
            String cut = at + speech.length > end
                    ? ", cut off after " + Micros.human(Micros.ofSamples(end - at)) : "";
            list.add(new Happening(at, "says \"" + s.wav().getFileName() + "\" (" + Micros.human(length) + cut + ")"));
        }
        return list;
    }

    /** Moments the caller started an input (speech, each key) before {@code end}: what barges in. */
    List<Long> inputOnsets(long end) {
        List<Long> onsets = new ArrayList<>();
        for (Happening h : happenings(end)) {
            onsets.add(h.at());
        }
        return onsets;
    }

    String keysPressed(long end) {
        return action instanceof CallerAction.Press p ? p.keys().substring(0, pressedBy(end)) : "";
    }

    List<Path> spoken(long end) {
        return action instanceof CallerAction.Speak s && at < end ? List.of(s.wav()) : List.of();
    }

    private int pressedBy(long end) {
        CallerAction.Press p = (CallerAction.Press) action;
        int n = 0;
        while (n < p.keys().length() && keyTime(n) < end) {
            n++;
        }
        return n;
    }

    private long keyTime(int index) {
        return at + index * KEY_GAP;
    }

    private static java.time.Duration duration(long samples) {
        return java.time.Duration.ofNanos(Micros.ofSamples(Math.max(0, samples)) * 1_000);
    }

    /** -1, 0 or +1, the same for the same position in every run. */
    private static short dither(long position) {
        long h = position * 0x9E3779B97F4A7C15L;
        return (short) (((h >>> 40) % 3) - 1);
    }
}
