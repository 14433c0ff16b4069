package org.townhall.ivr.audio;

/**
 * Rational-ratio polyphase resampler with a Kaiser-windowed sinc low-pass, for bringing any rate down to 8 kHz without
 * aliasing: a voice's native rate (48 kHz for cmu-slt-hsmm, 16 kHz for most other MaryTTS voices), a recording's
 * (16, 22.05, 44.1 kHz…).
 *
 * <p>{@code javax.sound}'s own rate conversion does not filter: measured here, a 5 kHz tone converted from 48 kHz to
 * 8 kHz came out at full level (aliased to 3 kHz). This one passes 0–3.5 kHz flat and attenuates everything above
 * 4 kHz by at least 80 dB.
 *
 * <p>Immutable and thread-safe; build one per input rate and reuse it.
 */
public final class RateConverter {
    private static final double STOPBAND_DB = 80;
    /** Width of the transition band below the output Nyquist frequency, as a fraction of it (3.5–4 kHz for 8 kHz). */
    private static final double TRANSITION_FRACTION = 0.125;

    private final int inputRate;
    private final int outputRate;
    private final int up;
    private final int down;
    /** Polyphase filter: {@code phases[p][i]} is tap {@code p + i * up} of the prototype filter. */
    private final double[][] phases;
    /** Delay of the prototype filter, in samples at {@code up * inputRate}. */
    private final long delay;

    public RateConverter(int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + inputRate + " -> " + outputRate);
        }
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        int gcd = gcd(inputRate, outputRate);
        this.up = outputRate / gcd;
        this.down = inputRate / gcd;

        double prototypeRate = (double) up * inputRate;
        double stopEdge = Math.min(inputRate, outputRate) / 2.0;
        double passEdge = stopEdge * (1 - TRANSITION_FRACTION);
        double cutoff = (passEdge + stopEdge) / 2 / prototypeRate;          // cycles per prototype sample
        double transition = (stopEdge - passEdge) / prototypeRate;
        int tapsPerPhase = (int) Math.ceil((STOPBAND_DB - 8) / (2.285 * 2 * Math.PI * transition) / up) | 1;
        int length = tapsPerPhase * up;
        double beta = 0.1102 * (STOPBAND_DB - 8.7);
        double center = (length - 1) / 2.0;
        double besselBeta = besselI0(beta);

        this.phases = new double[up][tapsPerPhase];
        for (int n = 0; n < length; n++) {
            double t = n - center;
            double sinc = t == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * t) / (Math.PI * t);
            double ratio = t / center;
            double window = besselI0(beta * Math.sqrt(Math.max(0, 1 - ratio * ratio))) / besselBeta;
            // times 'up': upsampling by zero-stuffing divides the level by 'up'
            phases[n % up][n / up] = sinc * window * up;
        }
        this.delay = Math.round(center);
    }

    public int inputRate() {
        return inputRate;
    }

    public int outputRate() {
        return outputRate;
    }

    /** Resamples; the output is aligned with the input (the filter delay is compensated) and has the same duration. */
    public double[] process(double[] input) {
        if (up == 1 && down == 1) {
            return input.clone();
        }
        int outputLength = (int) ((long) input.length * up / down);
        double[] output = new double[outputLength];
        int tapsPerPhase = phases[0].length;
        for (int m = 0; m < outputLength; m++) {
            long t = (long) m * down + delay;          // position in the upsampled signal, delay compensated
            int phase = (int) (t % up);
            long newest = (t - phase) / up;             // input index multiplied by tap 'phase'
            double[] taps = phases[phase];
            double sum = 0;
            int first = (int) Math.max(0, newest - input.length + 1);
            int last = (int) Math.min(tapsPerPhase - 1, newest);
            for (int i = first; i <= last; i++) {
                sum += taps[i] * input[(int) (newest - i)];
            }
            output[m] = sum;
        }
        return output;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Modified Bessel function of the first kind, order zero (series; converges fast for the betas used here). */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double half = x / 2;
        for (int k = 1; k < 50; k++) {
            term *= (half / k) * (half / k);
            sum += term;
            if (term < sum * 1e-16) {
                break;
            }
        }
        return sum;
    }
}
