package org.townhall.ivr.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One step of a scripted caller. Each media command of the server consumes at most one action (the head of the
 * script); see {@link CallerScript} for the rules and the text grammar.
 */
public sealed interface CallerAction
        permits CallerAction.Press, CallerAction.Silence, CallerAction.Speak, CallerAction.Hangup, CallerAction.Dial {

    /** Default delay of {@code press} and {@code hangup}, counted from the start of the command that consumes it. */
    Duration DEFAULT_PRESS_AFTER = Duration.ofMillis(300);
    Duration DEFAULT_HANGUP_AFTER = Duration.ZERO;

    /** The action in the caller-script grammar, e.g. {@code press 34# after 300}. */
    String toScript();

    /** The caller types {@code keys} (0-9, *, #, A-D); the first key {@code after} the command started, then one every 250 ms. */
    record Press(String keys, Duration after) implements CallerAction {
        public Press {
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(after, "after");
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("press needs at least one key");
            }
            for (char c : keys.toCharArray()) {
                if ("0123456789*#ABCD".indexOf(c) < 0) {
                    throw new IllegalArgumentException("'" + c + "' is not a DTMF key (use 0-9, *, #, A-D)");
                }
            }
            requireNotNegative(after, "after");
        }

        @Override
        public String toScript() {
            return "press " + keys + " after " + Micros.scriptMillis(after);
        }
    }

    /** The caller does nothing during one input turn: the next input command times out. */
    record Silence() implements CallerAction {
        @Override
        public String toScript() {
            return "silence";
        }
    }

    /**
     * The caller says what is in {@code wav}; RECORD FILE writes exactly that audio. {@code until} (null = default)
     * is when Asterisk's silence detection ends the recording, counted from the start of recording. {@code after}
     * (null = at once) delays the speech in an AudioSocket stream, counted from the start of the stream; RECORD
     * FILE ignores it.
     */
    record Speak(Path wav, Duration until, Duration after) implements CallerAction {
        public Speak {
            Objects.requireNonNull(wav, "wav");
            if (until != null) {
                requireNotNegative(until, "until");
            }
            if (after != null) {
                requireNotNegative(after, "after");
            }
        }

        public Speak(Path wav, Duration until) {
            this(wav, until, null);
        }

        @Override
        public String toScript() {
            String path = wav.toString();
            String quoted = path.contains(" ") || path.contains(";") ? '"' + path + '"' : path;
            return "speak " + quoted + (until == null ? "" : " until " + Micros.scriptMillis(until))
                    + (after == null ? "" : " after " + Micros.scriptMillis(after));
        }
    }

    /**
     * The caller hangs up {@code after} the start of the next media command, or of the next one whose name starts
     * with {@code during} (e.g. {@code stream file}, {@code say}, {@code exec dial}; null = any media command).
     */
    record Hangup(Duration after, String during) implements CallerAction {
        public Hangup {
            Objects.requireNonNull(after, "after");
            requireNotNegative(after, "after");
            if (during != null) {
                during = String.join(" ", during.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
                if (during.isEmpty()) {
                    during = null;
                }
            }
        }

        public Hangup(Duration after) {
            this(after, null);
        }

        @Override
        public String toScript() {
            return "hangup" + (during == null ? "" : " during " + during)
                    + (after.isZero() ? "" : " after " + Micros.scriptMillis(after));
        }
    }

    /**
     * What the party called by {@code EXEC Dial} does. {@code after} (null = default for the outcome) is when it
     * answers or fails; {@code talk} (null = 10 s) how long an answered conversation lasts.
     */
    record Dial(DialOutcome outcome, Duration after, Duration talk) implements CallerAction {
        public Dial {
            Objects.requireNonNull(outcome, "outcome");
            if (after != null) {
                requireNotNegative(after, "after");
            }
            if (talk != null) {
                requireNotNegative(talk, "talk");
            }
        }

        @Override
        public String toScript() {
            return "dial " + outcome.name().toLowerCase(java.util.Locale.ROOT)
                    + (after == null ? "" : " after " + Micros.scriptMillis(after))
                    + (talk == null ? "" : " talk " + Micros.scriptMillis(talk));
        }
    }

    /** The DIALSTATUS the called party produces. */
    enum DialOutcome {
        ANSWER, BUSY, NOANSWER, CONGESTION, CHANUNAVAIL
    }

    private static void requireNotNegative(Duration d, String what) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
    }
}
