package org.townhall.ivr.voice;

/**
 * Brings speech to telephone level: the active speech (pauses left out) to {@value #TARGET_RMS_DBFS} dBFS RMS, unless that
 * would push a peak above {@value #PEAK_LIMIT_DBFS} dBFS, in which case the peak decides. One gain for the whole clip:
 * no compression, no clipping.
 */
final class Loudness {
    static final double TARGET_RMS_DBFS = -20;
    static final double PEAK_LIMIT_DBFS = -3;

    private static final double FULL_SCALE = 32768.0;
    /** 20 ms frames at 8 kHz. */
    private static final int FRAME = 160;
    /** Frames quieter than the loudest frame by more than this are pauses. */
    private static final double ACTIVITY_RANGE_DB = 40;

    private Loudness() {
    }

    /** Scales and rounds to 16-bit samples. Silence stays silence. */
    static short[] toTelephoneLevel(double[] signal) {
        double peak = 0;
        for (double x : signal) {
            peak = Math.max(peak, Math.abs(x));
        }
        double gain = 0;
        if (peak > 0) {
            double activeRms = activeRms(signal);
            double rmsGain = FULL_SCALE * Math.pow(10, TARGET_RMS_DBFS / 20) / activeRms;
            double peakGain = FULL_SCALE * Math.pow(10, PEAK_LIMIT_DBFS / 20) / peak;
            gain = Math.min(rmsGain, peakGain);
        }
        short[] out = new short[signal.length];
        for (int i = 0; i < signal.length; i++) {
            long value = Math.round(signal[i] * gain);
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
        }
        return out;
    }

    /** RMS over the frames that carry speech. */
    static double activeRms(double[] signal) {
        int frames = Math.max(1, (signal.length + FRAME - 1) / FRAME);
        double[] energy = new double[frames];
        int[] counts = new int[frames];
        double loudest = 0;
        for (int i = 0; i < signal.length; i++) {
            energy[i / FRAME] += signal[i] * signal[i];
            counts[i / FRAME]++;
        }
        for (int f = 0; f < frames; f++) {
            if (counts[f] > 0) {
                energy[f] /= counts[f];
                loudest = Math.max(loudest, energy[f]);
            }
        }
        double threshold = loudest * Math.pow(10, -ACTIVITY_RANGE_DB / 10);
        double sum = 0;
        long n = 0;
        for (int f = 0; f < frames; f++) {
            if (counts[f] > 0 && energy[f] >= threshold) {
                sum += energy[f] * counts[f];
                n += counts[f];
            }
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }
}
