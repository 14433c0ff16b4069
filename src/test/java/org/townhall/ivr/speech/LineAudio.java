package org.townhall.ivr.speech;

import java.util.Random;

/** 8 kHz test audio of a phone line. */
final class LineAudio {
    private LineAudio() {
    }

    /** Steady white noise (hiss) of the given RMS, repeatable from its seed. */
    static short[] hiss(int length, double rms, long seed) {
        Random random = new Random(seed);
        short[] a = new short[length];
        for (int i = 0; i < length; i++) {
            a[i] = (short) Math.round(random.nextGaussian() * rms);
        }
        return a;
    }

    /** A tone of the given frequency and RMS added to the audio, from sample {@code from} to {@code to}; returns it. */
    static short[] tone(short[] a, double hz, double rms, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE,
                    Math.round(a[i] + rms * Math.sqrt(2) * Math.sin(2 * Math.PI * hz * i / 8000.0))));
        }
        return a;
    }

    static double rms(short[] a, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) a[i] * a[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
