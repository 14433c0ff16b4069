package org.townhall.ivr.speech;

import java.util.Random;

/**
 * The line's own noise, measured on the caller's 8 kHz audio: whether the line is noisy, and, on a noisy line, the
 * same noise continued into the band that telephone audio lacks.
 *
 * <p>Resampled to the model's 16 kHz, an 8 kHz call has nothing between 4 and 8 kHz. On a noisy line the spectrum
 * the wideband model sees then drops off a cliff at 4 kHz, unlike the wideband audio it was trained on, and it
 * mishears far more. Continued by noise as loud as the line's, the audio reads like a wideband recording in the
 * same noise. Added after the spectral subtraction of
 * {@link NoiseReducer}, on two synthetic noisy sets right answers rise from 53 % to 62 % and from
 * 45 % to 59 %; on real human recordings over the same noise, word errors are 30 % against 29 % with the
 * subtraction alone and 40 % with neither (BENCHMARKS.md). A clean line is left untouched.
 *
 * <p>The line is judged after half a second: noisy as long as no 20 ms frame of the turn was as quiet as a clean
 * line's pauses (about −50 dBFS). Its noise level is the quietest frame of the last 2 s (the pauses between words).
 * Streaming: the level follows the line as frames arrive; nothing is delayed. One instance per turn; not
 * thread-safe.
 */
final class LineNoise {
    /** The line is judged after 25 frames (0.5 s). */
    private static final int WARM_UP = 25;
    /** About −50 dBFS: a clean line's pauses fall below it, a noisy line's never do. */
    private static final double QUIET_LINE_RMS = 100;
    /**
     * Fill RMS over the line's noise RMS. At 1 the fill has the line's level spread over 4–8 kHz, as the line's is
     * over 0–4 kHz; 2 and 3 were tried and did worse (BENCHMARKS.md).
     */
    private static final double FACTOR = 1.0;
    /** Two seconds of 16 kHz noise above 4.2 kHz, unit RMS, looped. */
    private static final float[] NOISE = highBandNoise(32_000, 4_200.0 / 16_000.0);

    private final NoiseFloor floor = new NoiseFloor();
    private double sum;
    private int filled;
    private int position;
    private double level;

    /** Measures the line on its 8 kHz samples, as they arrive. */
    void measure(short[] pcm, int length) {
        for (int i = 0; i < length; i++) {
            sum += (double) pcm[i] * pcm[i];
            if (++filled == NoiseFloor.FRAME_SAMPLES) {
                floor.add(Math.sqrt(sum / NoiseFloor.FRAME_SAMPLES));
                sum = 0;
                filled = 0;
                level = noisyLine() ? FACTOR * floor.level() : 0;
            }
        }
    }

    /** Adds the fill to the 16 kHz samples about to reach the model; returns them. */
    short[] fillUpperBand(short[] wide) {
        if (level < 0.5) {
            return wide;
        }
        for (int i = 0; i < wide.length; i++) {
            double v = wide[i] + level * NOISE[position];
            position = (position + 1) % NOISE.length;
            wide[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
        }
        return wide;
    }

    /**
     * True when the line has been noisy throughout the turn so far: half a second heard and not one frame as quiet
     * as a clean line's pauses (about −50 dBFS). What is heard on such a line is less certain.
     */
    boolean noisyLine() {
        return floor.frames() >= WARM_UP && floor.quietest() >= QUIET_LINE_RMS;
    }

    /** The RMS of the noise currently added, in sample units. */
    double level() {
        return level < 0.5 ? 0 : level;
    }

    private static float[] highBandNoise(int length, double cutoff) {
        int taps = 63;
        double[] h = Resampler.lowPass(taps, cutoff);
        for (int i = 0; i < taps; i++) {
            h[i] = (i == taps / 2 ? 1 : 0) - h[i]; // spectral inversion: the low-pass becomes a high-pass
        }
        Random random = new Random(20_261_128L);
        double[] white = new double[length + taps];
        for (int i = 0; i < white.length; i++) {
            white[i] = random.nextGaussian();
        }
        float[] out = new float[length];
        double power = 0;
        for (int n = 0; n < length; n++) {
            double v = 0;
            for (int k = 0; k < taps; k++) {
                v += h[k] * white[n + k];
            }
            out[n] = (float) v;
            power += v * v;
        }
        float scale = (float) (1 / Math.sqrt(power / length));
        for (int n = 0; n < length; n++) {
            out[n] *= scale;
        }
        return out;
    }
}
