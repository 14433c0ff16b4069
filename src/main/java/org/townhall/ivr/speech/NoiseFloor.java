package org.townhall.ivr.speech;

import java.util.Arrays;

/**
 * The level of a line's own noise, from the RMS of its 20 ms frames (8 kHz): the quietest frame of the last 2 s,
 * which falls in the pauses between words, not on the words. One instance per turn; not thread-safe.
 */
final class NoiseFloor {
    /** 20 ms at 8 kHz. */
    static final int FRAME_SAMPLES = 160;
    /** The level is the quietest of the last 100 frames (2 s). */
    private static final int WINDOW = 100;

    private final double[] recent = new double[WINDOW];
    private int frames;
    private double quietest = Double.MAX_VALUE;

    NoiseFloor() {
        Arrays.fill(recent, Double.MAX_VALUE);
    }

    /** Takes the RMS of the next frame. */
    void add(double frameRms) {
        recent[frames++ % WINDOW] = frameRms;
        quietest = Math.min(quietest, frameRms);
    }

    /** The quietest frame of the last 2 s; {@link Double#MAX_VALUE} before the first frame. */
    double level() {
        double level = Double.MAX_VALUE;
        for (double rms : recent) {
            level = Math.min(level, rms);
        }
        return level;
    }

    /** The quietest frame since the start of the turn. */
    double quietest() {
        return quietest;
    }

    /** The RMS of the frame {@code back} frames before the latest (0: the latest), within the last 2 s. */
    double recent(int back) {
        if (back < 0 || back >= Math.min(frames, WINDOW)) {
            throw new IllegalArgumentException("frame " + back + " back is not kept");
        }
        return recent[(frames - 1 - back) % WINDOW];
    }

    /** How many frames back {@link #recent(int)} reaches. */
    int kept() {
        return Math.min(frames, WINDOW);
    }

    /** Frames heard so far. */
    int frames() {
        return frames;
    }
}
