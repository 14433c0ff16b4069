package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BandLimitedResamplerTest {

    @Test
    @DisplayName("a 6 kHz tone in 48 kHz audio does not fold into the telephone band")
    void noAliasing() {
        short[] out = BandLimitedResampler.to8k(tone(48_000, 6_000, 48_000), 48_000);
        assertEquals(8_000, out.length);
        assertTrue(rms(out, 200, 7_800) < 80, "left over: " + rms(out, 200, 7_800));
    }

    @Test
    @DisplayName("a 440 Hz tone in 16 kHz audio keeps its level and shape")
    void keepsTheBand() {
        short[] out = BandLimitedResampler.to8k(tone(16_000, 440, 16_000), 16_000);
        short[] expected = tone(8_000, 440, 8_000);
        assertEquals(8_000, out.length);
        double error = 0;
        for (int i = 200; i < 7_800; i++) {
            error = Math.max(error, Math.abs(out[i] - expected[i]));
        }
        assertTrue(error < 80, "largest difference " + error);
    }

    @Test
    @DisplayName("8 kHz audio is left as it is")
    void identity() {
        short[] in = tone(800, 440, 8_000);
        assertTrue(in == BandLimitedResampler.to8k(in, 8_000));
    }

    private static short[] tone(int samples, double hz, int rate) {
        short[] s = new short[samples];
        for (int i = 0; i < samples; i++) {
            s[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    private static double rms(short[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
