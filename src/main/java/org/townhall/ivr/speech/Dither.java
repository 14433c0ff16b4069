package org.townhall.ivr.speech;

import java.util.Random;

/**
 * The faint noise Kaldi adds before computing features ("dither": Gaussian, one unit of a 16-bit sample), so that the
 * digital silence of a G.711 line still has a spectrum. Kaldi draws it from a random generator shared by every
 * recognizer of the process: the same recording was read differently from one run to the next, and a borderline
 * answer went either way depending on what was decoded before it. Here the noise is the same sequence for every
 * answer, from its first sample, so a recording always reads the same. Used with a model whose own dither is off
 * ({@code --dither=0} in its {@code conf/mfcc.conf}); with a model that dithers itself it only converts.
 */
final class Dither {
    /** Gaussian noise of one 16-bit unit, 4 s of it at 16 kHz, drawn once with a fixed seed. */
    private static final float[] NOISE = new float[1 << 16];

    static {
        Random random = new Random(0x5EED);
        for (int i = 0; i < NOISE.length; i++) {
            NOISE[i] = (float) random.nextGaussian();
        }
    }

    private final boolean on;
    private int position;

    /** @param on add the noise (the model's own dither is off); else the samples are only converted */
    Dither(boolean on) {
        this.on = on;
    }

    boolean on() {
        return on;
    }

    /** The samples as floats on the 16-bit scale (as Vosk takes them), with the next stretch of the noise added. */
    float[] apply(short[] samples) {
        float[] out = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = on ? samples[i] + NOISE[position] : samples[i];
            position = (position + 1) & (NOISE.length - 1);
        }
        return out;
    }
}
