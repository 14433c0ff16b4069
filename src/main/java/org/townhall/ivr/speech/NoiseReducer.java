package org.townhall.ivr.speech;

/**
 * Takes steady background noise (a fan, a car, line hiss) out of 8 kHz telephone audio before recognition, by
 * spectral subtraction: 32 ms Hann-windowed frames with 50 % overlap; the noise spectrum is each band's lowest level over
 * the last 1.5 s (the caller's quiet before and between words: minimum statistics) and it is subtracted, twice over, with a floor that keeps
 * a tenth of each band's amplitude (−20 dB) so speech is never cut to silence. A quiet line (noise below about
 * −50 dBFS) passes unchanged. Streaming: audio comes out 16 ms later than it goes in. One instance per turn.
 */
final class NoiseReducer {
    static final int FRAME = 256;
    static final int HOP = FRAME / 2;
    private static final int BINS = FRAME / 2 + 1;
    private static final double OVER_SUBTRACTION = 2.0;
    private static final double FLOOR = 0.1;
    /** Noise = the lowest smoothed power of each band over the last 1.5 s (94 hops), raised by this bias (the minimum of a
     * fluctuating level lies well below its mean; 4 brings white noise back to its mean). */
    private static final int HISTORY = 94;
    private static final double MINIMUM_BIAS = 4.0;
    private static final double SMOOTHING = 0.7;
    /** Audio passes untouched until this much has been heard (500 ms): a minimum over less could be speech. */
    private static final int WARM_UP = 31;
    /**
     * A line is quiet when some frame of the turn so far fell below this level (RMS, about −50 dBFS): the gaps
     * between words reach it on a clean line and never on a noisy one. Quiet lines pass untouched, since
     * subtraction only costs accuracy on clean speech.
     */
    static final double QUIET_LINE_RMS = 100;
    private static final double[] WINDOW = new double[FRAME];

    static {
        for (int i = 0; i < FRAME; i++) {
            WINDOW[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / FRAME); // periodic Hann: overlapping halves sum to 1
        }
    }

    private final double[] input = new double[FRAME];
    private int filled = HOP; // the first half-frame is silence, so the first output comes after one hop
    private final double[] overlap = new double[HOP];
    private final double[] noise = new double[BINS];
    private final double[] smoothed = new double[BINS];
    private final double[][] history = new double[HISTORY][BINS];
    private int frames;
    private double quietest = Double.MAX_VALUE;
    /** True while the line is judged noisy: the output is the cleaned audio, one hop behind the input. */
    private boolean cleaning;
    /** Cleaned hops still to drop after the switch: they cover samples already given out untouched. */
    private int hopsToSkip;
    private final double[] re = new double[FRAME];
    private final double[] im = new double[FRAME];

    /**
     * Cleans the next samples; returns those ready, in order and without gaps or repeats. While the line is
     * quiet (or not yet judged) samples come out at once, untouched; on a noisy line they come out cleaned, one hop
     * (16 ms) later — the switch skips nothing and repeats nothing, it only holds the stream back for one hop.
     */
    short[] process(short[] samples, int length) {
        short[] out = new short[length + FRAME];
        int written = 0;
        for (int i = 0; i < length; i++) {
            input[filled++] = samples[i];
            if (!cleaning) {
                out[written++] = samples[i];
            }
            if (filled == FRAME) {
                written = frame(out, written);
                System.arraycopy(input, HOP, input, 0, HOP);
                filled = HOP;
            }
        }
        return java.util.Arrays.copyOf(out, written);
    }

    /** True while the line is judged noisy (no quiet frame heard yet): then recognition is less sure of itself. */
    boolean noisyLine() {
        return cleaning;
    }

    /**
     * What is still held back once the turn is over (on a noisy line: the last samples, untouched), so nothing
     * the caller said is lost.
     */
    short[] flush() {
        if (!cleaning) {
            return new short[0];
        }
        short[] tail = new short[filled];
        for (int i = 0; i < filled; i++) {
            tail[i] = (short) Math.round(input[i]);
        }
        cleaning = false;
        return tail;
    }

    private int frame(short[] out, int at) {
        for (int i = 0; i < FRAME; i++) {
            re[i] = input[i] * WINDOW[i];
            im[i] = 0;
        }
        fft(re, im, false);
        double[] bin = new double[BINS];
        for (int k = 0; k < BINS; k++) {
            bin[k] = re[k] * re[k] + im[k] * im[k];
        }
        learn(bin);
        quietest = Math.min(quietest, rms(bin));
        boolean quietLine = frames < WARM_UP || quietest < QUIET_LINE_RMS;
        if (quietLine && cleaning) {
            // a quiet frame after all: give out the samples held back, untouched, and pass audio through from now on
            cleaning = false;
            for (int i = 0; i < FRAME; i++) {
                out[at++] = (short) Math.round(input[i]);
            }
            return at;
        }
        if (!quietLine && !cleaning) {
            cleaning = true;
            hopsToSkip = 2; // this frame's hop and the next one's were already given out untouched
        }
        if (!cleaning) {
            return at;
        }
        for (int k = 0; k < BINS; k++) {
            double kept = bin[k] <= 0 ? 1 : 1 - OVER_SUBTRACTION * noise[k] / bin[k]; // share of the power kept
            double gain = Math.max(FLOOR, Math.sqrt(Math.max(0, kept)));
            re[k] *= gain;
            im[k] *= gain;
            if (k > 0 && k < FRAME / 2) {
                re[FRAME - k] = re[k];
                im[FRAME - k] = -im[k];
            }
        }
        fft(re, im, true);
        boolean skip = hopsToSkip > 0;
        hopsToSkip = Math.max(0, hopsToSkip - 1);
        for (int i = 0; i < HOP; i++) {
            double v = overlap[i] + re[i];
            if (!skip) {
                out[at++] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
            }
            overlap[i] = re[HOP + i];
        }
        return at;
    }

    /** The RMS sample level of a frame given its power spectrum (Parseval, corrected for the window). */
    private static double rms(double[] power) {
        double sum = 0;
        for (int k = 0; k < BINS; k++) {
            sum += (k == 0 || k == BINS - 1) ? power[k] : 2 * power[k];
        }
        return Math.sqrt(sum / ((double) FRAME * FRAME) / 0.375);
    }

    /**
     * Minimum statistics: speech comes and goes within a second and a half, steady noise stays, so each band's
     * minimum over that time (slightly raised: a minimum underestimates the mean) is its noise.
     */
    private void learn(double[] bin) {
        for (int k = 0; k < BINS; k++) {
            smoothed[k] = frames == 0 ? bin[k] : SMOOTHING * smoothed[k] + (1 - SMOOTHING) * bin[k];
        }
        System.arraycopy(smoothed, 0, history[frames % HISTORY], 0, BINS);
        frames++;
        int kept = Math.min(frames, HISTORY);
        for (int k = 0; k < BINS; k++) {
            double min = Double.MAX_VALUE;
            for (int f = 0; f < kept; f++) {
                min = Math.min(min, history[f][k]);
            }
            noise[k] = min * MINIMUM_BIAS;
        }
    }

    /** In-place radix-2 FFT of {@code FRAME} points; the inverse is scaled by 1/n. */
    static void fft(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            double wRe = Math.cos(angle);
            double wIm = Math.sin(angle);
            for (int i = 0; i < n; i += len) {
                double curRe = 1;
                double curIm = 0;
                for (int j = 0; j < len / 2; j++) {
                    int a = i + j;
                    int b = a + len / 2;
                    double uRe = re[a];
                    double uIm = im[a];
                    double vRe = re[b] * curRe - im[b] * curIm;
                    double vIm = re[b] * curIm + im[b] * curRe;
                    re[a] = uRe + vRe;
                    im[a] = uIm + vIm;
                    re[b] = uRe - vRe;
                    im[b] = uIm - vIm;
                    double nextRe = curRe * wRe - curIm * wIm;
                    curIm = curRe * wIm + curIm * wRe;
                    curRe = nextRe;
                }
            }
        }
        if (inverse) {
            for (int i = 0; i < n; i++) {
                re[i] /= n;
                im[i] /= n;
            }
        }
    }
}
