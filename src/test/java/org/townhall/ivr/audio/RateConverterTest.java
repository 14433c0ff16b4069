package org.townhall.ivr.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The decimator to 8 kHz: flat below 3.5 kHz, no aliasing from above 4 kHz. (javax.sound's converter, measured here, let
 * a 5 kHz tone through at full level as a 3 kHz alias.)
 */
class RateConverterTest {

    @ParameterizedTest(name = "{0} Hz tone from {1} Hz keeps its level")
    @CsvSource({"300, 48000", "1000, 48000", "3000, 48000", "3400, 48000", "1000, 16000", "3300, 16000",
            "1000, 22050", "3300, 44100"})
    @DisplayName("tones in the telephone band keep their level")
    void passband(double frequency, int inputRate) {
        double gainDb = gainDb(frequency, inputRate);
        assertEquals(0, gainDb, 0.1, "gain at " + frequency + " Hz");
    }

    @ParameterizedTest(name = "{0} Hz tone from {1} Hz is removed, not folded back")
    @CsvSource({"4100, 48000", "4500, 48000", "5000, 48000", "7000, 48000", "11000, 48000", "20000, 48000",
            "4500, 16000", "7000, 16000", "6000, 22050", "9000, 44100"})
    @DisplayName("tones above 4 kHz do not alias into the telephone band")
    void stopband(double frequency, int inputRate) {
        double gainDb = gainDb(frequency, inputRate);
        assertTrue(gainDb < -70, frequency + " Hz came through at " + gainDb + " dB");
    }

    @Test
    @DisplayName("one second in is one second out, aligned with the input")
    void durationAndAlignment() {
        double[] click = new double[48000];
        click[24000] = 1;
        double[] out = new RateConverter(48000, 8000).process(click);
        assertEquals(8000, out.length);
        int loudest = 0;
        for (int i = 0; i < out.length; i++) {
            if (Math.abs(out[i]) > Math.abs(out[loudest])) {
                loudest = i;
            }
        }
        assertEquals(4000, loudest);
    }

    private static double gainDb(double frequency, int inputRate) {
        int n = inputRate;            // one second
        double[] tone = new double[n];
        for (int i = 0; i < n; i++) {
            tone[i] = Math.sin(2 * Math.PI * frequency * i / inputRate);
        }
        double[] out = new RateConverter(inputRate, 8000).process(tone);
        double sum = 0;
        int count = 0;
        for (int i = 800; i < out.length - 800; i++) {   // leave out the filter's edges
            sum += out[i] * out[i];
            count++;
        }
        double rms = Math.sqrt(sum / count);
        return 20 * Math.log10(rms / Math.sqrt(0.5));
    }
}
