package org.townhall.ivr.simulator;

/**
 * Any sample rate to 8 kHz through a windowed-sinc filter (Blackman window) that cuts at 95 % of the lower Nyquist
 * frequency, so that a 16 or 48 kHz recording does not fold its upper band into the telephone band, as linear
 * interpolation would. Speed is ample for test audio (a few million multiply-adds per second of 48 kHz input).
 */
final class BandLimitedResampler {

    /** Zero crossings of the sinc on each side, at the filter's cutoff. */
    private static final int ZERO_CROSSINGS = 16;
    private static final double CUTOFF = 0.95;

    private BandLimitedResampler() {
    }

    static short[] to8k(short[] in, int rate) {
        if (rate == AudioFiles.RATE || rate <= 0 || in.length == 0) {
            return in;
        }
        double step = (double) rate / AudioFiles.RATE;
        double fc = CUTOFF * Math.min(1.0, 1.0 / step);
        int half = (int) Math.ceil(ZERO_CROSSINGS / fc);
        int outLength = (int) ((long) in.length * AudioFiles.RATE / rate);
        short[] out = new short[outLength];
        for (int i = 0; i < outLength; i++) {
            double p = i * step;
            int center = (int) Math.floor(p);
            double sum = 0;
            for (int k = center - half + 1; k <= center + half; k++) {
                if (k < 0 || k >= in.length) {
                    continue;
                }
                double d = p - k;
                sum += in[k] * fc * sinc(fc * d) * blackman(d / half);
            }
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sum)));
        }
        return out;
    }

    private static double sinc(double x) {
        return x == 0 ? 1.0 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** The Blackman window over [-1, 1]. */
    private static double blackman(double x) {
        if (x <= -1 || x >= 1) {
            return 0;
        }
        double t = (x + 1) / 2;
        return 0.42 - 0.5 * Math.cos(2 * Math.PI * t) + 0.08 * Math.cos(4 * Math.PI * t);
    }
}
