package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spectral subtraction on 8 kHz audio: transparent on clean audio, quieter noise around speech. */
class NoiseReducerTest {
    private static short[] run(short[] audio) {
        NoiseReducer reducer = new NoiseReducer();
        short[] out = new short[audio.length];
        int at = 0;
        for (int i = 0; i < audio.length; i += 160) { // 20 ms chunks, as the phone delivers them
            short[] chunk = java.util.Arrays.copyOfRange(audio, i, Math.min(audio.length, i + 160));
            short[] cleaned = reducer.process(chunk, chunk.length);
            System.arraycopy(cleaned, 0, out, at, Math.min(cleaned.length, out.length - at));
            at += cleaned.length;
        }
        return out;
    }

    private static double rms(short[] a, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) a[i] * a[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    private static short[] tone(int length, int from, int to, double amplitude) {
        short[] a = new short[length];
        for (int i = from; i < to; i++) {
            a[i] = (short) (amplitude * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        return a;
    }

    @Test
    @DisplayName("clean audio comes out unchanged and without delay")
    void cleanAudioPassesUnchanged() {
        short[] in = tone(16000, 4000, 12000, 8000);
        short[] out = run(in);
        double maxError = 0;
        for (int i = 0; i < out.length; i++) {
            maxError = Math.max(maxError, Math.abs(out[i] - in[i]));
        }
        assertTrue(maxError <= 2, "largest difference " + maxError);
    }

    @Test
    @DisplayName("a line is called noisy while no quiet frame was heard, and no longer once one is")
    void noisyLineUntilAQuietFrame() {
        NoiseReducer reducer = new NoiseReducer();
        Random random = new Random(7);
        short[] hiss = new short[8000];
        for (int i = 0; i < hiss.length; i++) {
            hiss[i] = (short) (random.nextGaussian() * 600);
        }
        reducer.process(hiss, hiss.length);
        assertTrue(reducer.noisyLine(), "a second of steady hiss");
        short[] quiet = new short[800];
        reducer.process(quiet, quiet.length);
        assertFalse(reducer.noisyLine(), "a quiet moment: the line is clean after all");
        NoiseReducer clean = new NoiseReducer();
        clean.process(tone(16000, 4000, 12000, 8000), 16000);
        assertFalse(clean.noisyLine(), "speech with quiet around it");
    }

    @Test
    @DisplayName("flushing at the end of a turn gives back every sample that went in, on a noisy line too")
    void flushGivesBackEverySample() {
        NoiseReducer reducer = new NoiseReducer();
        short[] in = tone(8000, 0, 8000, 8000);
        Random random = new Random(5);
        for (int i = 0; i < in.length; i++) {
            in[i] = (short) (in[i] + random.nextGaussian() * 600);
        }
        int out = reducer.process(in, 3333).length
                + reducer.process(java.util.Arrays.copyOfRange(in, 3333, 8000), 4667).length;
        out += reducer.flush().length;
        assertEquals(8000, out, "every sample, once");
    }

    @Test
    @DisplayName("a line that turns quiet is passed through again, with no sample lost or repeated")
    void lineTurningQuietPassesThroughAgain() {
        short[] in = new short[16000];
        Random random = new Random(9);
        for (int i = 0; i < 8000; i++) {
            in[i] = (short) (random.nextGaussian() * 600);
        }
        for (int i = 10000; i < 16000; i++) {
            in[i] = (short) (4000 * Math.sin(2 * Math.PI * 300 * i / 8000.0));
        }
        NoiseReducer reducer = new NoiseReducer();
        short[] out = new short[16000];
        int at = 0;
        for (int i = 0; i < in.length; i += 160) {
            short[] cleaned = reducer.process(java.util.Arrays.copyOfRange(in, i, i + 160), 160);
            System.arraycopy(cleaned, 0, out, at, cleaned.length);
            at += cleaned.length;
        }
        assertEquals(16000, at + reducer.flush().length);
        assertTrue(rms(out, 4000, 7500) < 0.5 * rms(in, 4000, 7500), "the noisy part was cleaned");
        for (int i = 10000; i < at; i++) {
            assertEquals(in[i], out[i], "sample " + i + " of the quiet part, passed through");
        }
    }

    @Test
    @DisplayName("a quiet line's faint hiss is left alone: speech on it comes out unchanged")
    void quietLinePassesUnchanged() {
        short[] in = tone(16000, 4000, 12000, 8000);
        Random random = new Random(3);
        for (int i = 0; i < in.length; i++) {
            in[i] = (short) (in[i] + random.nextGaussian() * 20);
        }
        short[] out = run(in);
        double maxError = 0;
        for (int i = 0; i < out.length; i++) {
            maxError = Math.max(maxError, Math.abs(out[i] - in[i]));
        }
        assertTrue(maxError <= 2, "largest difference " + maxError);
    }

    @Test
    @DisplayName("steady noise around speech is at least 10 dB quieter, the speech keeps its level")
    void steadyNoiseIsReduced() {
        short[] in = tone(24000, 8000, 16000, 6000);
        Random random = new Random(7);
        for (int i = 0; i < in.length; i++) {
            in[i] = (short) (in[i] + random.nextGaussian() * 600);
        }
        short[] out = run(in);
        double noiseBefore = rms(in, 18000, 23000);
        double noiseAfter = rms(out, 18000, 23000);
        assertTrue(20 * Math.log10(noiseBefore / noiseAfter) >= 10, noiseBefore + " -> " + noiseAfter);
        double speechBefore = rms(in, 9000, 15000);
        double speechAfter = rms(out, 9000, 15000);
        assertTrue(speechAfter > 0.8 * speechBefore, speechBefore + " -> " + speechAfter);
    }
}
