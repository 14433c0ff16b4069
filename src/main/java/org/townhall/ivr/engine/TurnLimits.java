package org.townhall.ivr.engine;

/**
 * How long a streamed speech turn listens, in the caller's audio: the same for live calls and for
 * {@code speech-bench}, which measures them.
 */
public final class TurnLimits {
    /** Silence after the prompt before the turn counts as no answer. */
    public static final int NO_INPUT_MS = 5000;
    /** The longest answer, from the caller's first sound: then the turn ends on what was heard. */
    public static final int MAX_SPEECH_MS = 10_000;

    private TurnLimits() {
    }
}
