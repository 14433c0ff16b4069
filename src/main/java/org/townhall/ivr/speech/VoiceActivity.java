package org.townhall.ivr.speech;

/**
 * Says when a caller starts talking: the energy of 20 ms frames above a threshold for three frames in a row.
 * Used for barge-in (stop the prompt when the caller speaks) and to tell silence from speech.
 */
public final class VoiceActivity {
    private static final int FRAME = 160;
    /** About -38 dBFS: well above line noise, well below speech. */
    private static final double THRESHOLD = 400;
    private static final int FRAMES_NEEDED = 3;

    private final short[] frame = new short[FRAME];
    private int filled;
    private int loudFrames;
    private boolean speech;
    private long speechStartSample = -1;
    private long samples;
    private long lastLoudSample = -1;

    /** Feeds samples; returns true once speech has been heard. */
    public boolean accept(short[] pcm, int length) {
        for (int i = 0; i < length; i++) {
            frame[filled++] = pcm[i];
            samples++;
            if (filled == FRAME) {
                filled = 0;
                if (rms(frame) > THRESHOLD) {
                    lastLoudSample = samples;
                    if (++loudFrames >= FRAMES_NEEDED && !speech) {
                        speech = true;
                        speechStartSample = samples - (long) FRAME * FRAMES_NEEDED;
                    }
                } else {
                    loudFrames = 0;
                }
            }
        }
        return speech;
    }

    public boolean heardSpeech() {
        return speech;
    }

    /** Samples of quiet since the caller last made a sound, once speech was heard (0 before). */
    public long quietSamplesAfterSpeech() {
        return speech ? samples - lastLoudSample : 0;
    }

    /** Where speech started, in samples since the start, or -1. */
    public long speechStartSample() {
        return speechStartSample;
    }

    static double rms(short[] frame) {
        double sum = 0;
        for (short s : frame) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / frame.length);
    }
}
