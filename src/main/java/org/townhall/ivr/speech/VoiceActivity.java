package org.townhall.ivr.speech;

/**
 * Says when a caller starts talking: the energy of 20 ms frames above a threshold for three frames in a row.
 * Used for barge-in (stop the prompt when the caller speaks) and to tell silence from speech.
 *
 * <p>The threshold is about −38 dBFS, or 8 dB above the line's own noise where that is louder (a car, a street):
 * otherwise the noise alone would stop every prompt at once and never let a turn end. The noise level is known
 * from the frames heard so far, so a caller who speaks from the very first frame is recognised as speaking once the
 * first pause shows the line's real level: the frames of the last 2 s are then looked at again.
 *
 * <p>Once the caller speaks, a quiet caller is still speaking in frames under the threshold: a frame within 30 dB of
 * the caller's loudest counts (never below the line's noise margin), as the fixed threshold allows a caller at the
 * usual level. Otherwise the weak syllables of a caller at −30 dBFS read as pauses: on 150 sentences of Asterisk's
 * recordings 10 dB quieter than recorded, 18 turns ended before the last word, against 5 at their own level (now 5
 * at both; bench/TurnEnds.java).
 */
public final class VoiceActivity {
    private static final int FRAME = NoiseFloor.FRAME_SAMPLES;
    /** About -38 dBFS: well above a quiet line's noise, well below speech. */
    private static final double THRESHOLD = 400;
    /** Speech stands out from the line's noise by at least this (RMS ratio: about 8 dB). */
    private static final double ABOVE_NOISE = 2.5;
    private static final int FRAMES_NEEDED = 3;
    /** Once speech is heard, a frame this close to the caller's loudest frame is still speech (RMS ratio: 30 dB). */
    private static final double WITHIN_CALLER = 0.03;

    private final short[] frame = new short[FRAME];
    private final NoiseFloor noise = new NoiseFloor();
    private int filled;
    private boolean speech;
    private long speechStartSample = -1;
    private boolean startUncertain;
    private long samples;
    private long lastLoudSample = -1;
    private double loudestSpeech;

    /** Feeds samples; returns true once speech has been heard. */
    public boolean accept(short[] pcm, int length) {
        for (int i = 0; i < length; i++) {
            frame[filled++] = pcm[i];
            samples++;
            if (filled == FRAME) {
                filled = 0;
                noise.add(rms(frame));
                judgeRecentFrames();
            }
        }
        return speech;
    }

    /** Looks at the frames of the last 2 s against the threshold the line's noise now gives. */
    private void judgeRecentFrames() {
        double aboveNoise = ABOVE_NOISE * noise.level();
        double threshold = Math.max(THRESHOLD, aboveNoise);
        if (speech) {
            loudestSpeech = Math.max(loudestSpeech, noise.recent(0));
            if (noise.recent(0) > stillSpeaking(aboveNoise, threshold)) {
                lastLoudSample = samples;
            }
            return;
        }
        int run = 0;
        for (int back = noise.kept() - 1; back >= 0; back--) { // oldest first
            run = noise.recent(back) > threshold ? run + 1 : 0;
            if (run == FRAMES_NEEDED) {
                speech = true;
                long runEnd = samples - (long) back * FRAME;
                speechStartSample = runEnd - (long) FRAME * FRAMES_NEEDED;
                // loud from the oldest frame still kept, on a turn longer than those: it may have begun before
                startUncertain = back == noise.kept() - FRAMES_NEEDED && speechStartSample > 0;
                for (int later = back + FRAMES_NEEDED - 1; later >= 0; later--) {
                    loudestSpeech = Math.max(loudestSpeech, noise.recent(later));
                }
                double still = stillSpeaking(aboveNoise, threshold);
                for (int later = back; later >= 0; later--) {
                    if (noise.recent(later) > still) {
                        lastLoudSample = Math.max(lastLoudSample, samples - (long) later * FRAME);
                    }
                }
                return;
            }
        }
    }

    /** The level a frame needs, once the caller speaks, to count as speech: close to the caller, above the noise. */
    private double stillSpeaking(double aboveNoise, double threshold) {
        return Math.max(aboveNoise, Math.min(threshold, WITHIN_CALLER * loudestSpeech));
    }

    public boolean heardSpeech() {
        return speech;
    }

    /** Samples of quiet since the caller last made a sound, once speech was heard (0 before). */
    public long quietSamplesAfterSpeech() {
        return speech ? samples - lastLoudSample : 0;
    }

    /** Where the caller last made a sound, in samples since the start, or -1 before any speech. */
    public long lastSoundSample() {
        return speech ? lastLoudSample : -1;
    }

    /**
     * True when speech was found loud from the oldest frame looked at again (2 s back, on a line whose noise level
     * was first known at a pause): the caller may have started before {@link #speechStartSample()}.
     */
    public boolean startUncertain() {
        return startUncertain;
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
