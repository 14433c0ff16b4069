package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The line's noise: judged on 8 kHz audio, continued into the upper band of the 16 kHz audio the model hears. */
class LineNoiseTest {
    private static void feed(LineNoise line, short[] audio) {
        for (int i = 0; i < audio.length; i += 160) { // 20 ms chunks, as the phone delivers them
            short[] chunk = Arrays.copyOfRange(audio, i, Math.min(audio.length, i + 160));
            line.measure(chunk, chunk.length);
        }
    }

    private static double rms(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v * v;
        }
        return Math.sqrt(sum / a.length);
    }

    private static double[] lowBand(short[] wide) {
        double[] h = Resampler.lowPass(127, 3_600.0 / 16_000.0);
        double[] out = new double[wide.length - h.length];
        for (int n = 0; n < out.length; n++) {
            for (int k = 0; k < h.length; k++) {
                out[n] += h[k] * wide[n + k];
            }
        }
        return out;
    }

    @Test
    @DisplayName("on a noisy line, noise as loud as the line's is added above 4 kHz and nothing below")
    void noisyLineGetsItsNoiseContinuedAbove4kHz() {
        LineNoise line = new LineNoise();
        feed(line, LineAudio.hiss(8000, 600, 1));
        assertTrue(line.noisyLine());
        short[] wide = line.fillUpperBand(new short[16000]);
        double[] all = Arrays.stream(toInts(wide)).asDoubleStream().toArray();
        double total = rms(all);
        assertTrue(total > 0.7 * 600 && total < 1.05 * 600, "fill RMS " + total + " for a line at 600");
        double below = rms(lowBand(wide));
        assertTrue(below < 0.05 * total, "below 3.6 kHz: " + below + " of " + total);
    }

    @Test
    @DisplayName("a clean line gets nothing: what the caller said reaches the model untouched")
    void cleanLineGetsNothing() {
        LineNoise line = new LineNoise();
        short[] speechWithPauses = new short[16000];
        for (int i = 4000; i < 12000; i++) {
            speechWithPauses[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        feed(line, speechWithPauses);
        feed(line, LineAudio.hiss(8000, 20, 2)); // a faint hiss, far below -50 dBFS
        assertFalse(line.noisyLine());
        assertNothingAdded(line, 3);
    }

    @Test
    @DisplayName("nothing is added before half a second has been heard: the line is not judged yet")
    void nothingBeforeTheLineIsJudged() {
        LineNoise line = new LineNoise();
        feed(line, LineAudio.hiss(3200, 600, 4));
        assertFalse(line.noisyLine());
        assertNothingAdded(line, 5);
    }

    @Test
    @DisplayName("the level follows the pauses, not the speech: loud words over the hiss do not raise it")
    void levelFollowsThePausesNotTheSpeech() {
        LineNoise line = new LineNoise();
        short[] audio = LineAudio.hiss(24000, 400, 6);
        for (int i = 8000; i < 20000; i++) {
            if ((i / 1600) % 2 == 0) { // 200 ms words, 200 ms pauses
                audio[i] += (short) (9000 * Math.sin(2 * Math.PI * 300 * i / 8000.0));
            }
        }
        feed(line, audio);
        assertTrue(line.noisyLine());
        assertTrue(line.level() > 0.7 * 400 && line.level() < 1.05 * 400, "level " + line.level());
    }

    @Test
    @DisplayName("one quiet moment shows the line is clean after all: the fill stops")
    void quietMomentStopsTheFill() {
        LineNoise line = new LineNoise();
        feed(line, LineAudio.hiss(8000, 600, 7));
        assertTrue(line.noisyLine());
        feed(line, new short[800]);
        assertFalse(line.noisyLine());
        assertNothingAdded(line, 8);
    }

    /** The 16 kHz audio comes out of the fill exactly as it went in. */
    private static void assertNothingAdded(LineNoise line, long seed) {
        short[] wide = LineAudio.hiss(3200, 3000, seed);
        assertArrayEquals(wide.clone(), line.fillUpperBand(wide));
    }

    private static int[] toInts(short[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
