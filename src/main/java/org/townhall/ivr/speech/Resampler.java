package org.townhall.ivr.speech;

/**
 * Telephone audio (8 kHz) to the 16 kHz that small speech models expect: zero-stuffing, then a 63-tap
 * windowed-sinc low-pass at 3.8 kHz so no image of the band reaches the model. Streaming: keeps its history
 * across calls, so audio can be fed in 20 ms frames with no seam (latency: 31 samples at 16 kHz, 2 ms).
 * One instance per audio stream; not thread-safe.
 */
public final class Resampler {
    private static final int TAPS = 63;
    private static final double[] FILTER = lowPass(TAPS, 3800.0 / 16000.0);
    private static final int HISTORY = TAPS / 2 + 1;

    private final double[] history = new double[HISTORY];
    private int head;

    /** Doubles the sample rate of a whole recording. */
    public static short[] upsample8kTo16k(short[] input) {
        return new Resampler().process(input, input.length);
    }

    /** Doubles the sample rate of the next {@code length} samples of the stream. */
    public short[] process(short[] input, int length) {
        short[] out = new short[length * 2];
        for (int m = 0; m < length; m++) {
            head = (head + 1) % HISTORY;
            history[head] = input[m];
            double even = 0;
            double odd = 0;
            for (int i = 0; i < HISTORY; i++) {
                double x = history[(head - i + HISTORY) % HISTORY];
                int kEven = 2 * i;
                int kOdd = 2 * i + 1;
                if (kEven < TAPS) {
                    even += FILTER[kEven] * x;
                }
                if (kOdd < TAPS) {
                    odd += FILTER[kOdd] * x;
                }
            }
            out[2 * m] = clip(2 * even);
            out[2 * m + 1] = clip(2 * odd);
        }
        return out;
    }

    /** A windowed-sinc (Blackman) low-pass FIR of {@code taps} taps, cutoff as a fraction of the sample rate, unit gain. */
    static double[] lowPass(int taps, double cutoff) {
        double[] h = new double[taps];
        int mid = taps / 2;
        double sum = 0;
        for (int i = 0; i < taps; i++) {
            int x = i - mid;
            double sinc = x == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
            double blackman = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / (taps - 1))
                    + 0.08 * Math.cos(4 * Math.PI * i / (taps - 1));
            h[i] = sinc * blackman;
            sum += h[i];
        }
        for (int i = 0; i < taps; i++) {
            h[i] /= sum;
        }
        return h;
    }

    private static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }
}
