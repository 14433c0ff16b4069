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
}
