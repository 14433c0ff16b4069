package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the level measures see of a line with mains hum: the telephone band only. */
class HumFilterTest {
    private static short[] filtered(short[] audio) {
        HumFilter filter = new HumFilter();
        short[] out = new short[audio.length];
        for (int i = 0; i < audio.length; i += 160) { // 20 ms chunks, as the phone delivers them
            short[] chunk = filter.process(Arrays.copyOfRange(audio, i, i + 160), 160);
            System.arraycopy(chunk, 0, out, i, 160);
        }
        return out;
    }

    @Test
    @DisplayName("mains hum and a DC offset are taken out, the voice band is kept")
    void humGoesAndVoiceStays() {
        short[] hum = LineAudio.tone(new short[8000], 50, 1000, 0, 8000);
        for (int i = 0; i < hum.length; i++) {
            hum[i] += 300; // DC offset
        }
        assertTrue(LineAudio.rms(filtered(hum), 4000, 8000) < 15, "hum and DC of RMS 1044 reduced 40 dB or more");
        short[] voice = LineAudio.tone(new short[8000], 1000, 1000, 0, 8000);
        assertEquals(1000, LineAudio.rms(filtered(voice), 4000, 8000), 10, "1 kHz passes unchanged");
        short[] low = LineAudio.tone(new short[8000], 300, 1000, 0, 8000);
        assertTrue(LineAudio.rms(filtered(low), 4000, 8000) > 900, "300 Hz, the band's lower edge, loses under 1 dB");
    }

    @Test
    @DisplayName("on a line with hum 30 dB under full scale, a quiet caller is heard and the turn ends after the words")
    void quietCallerOverHum() {
        short[] audio = LineAudio.tone(LineAudio.hiss(3 * 8000, 30, 7), 50, 1000, 0, 3 * 8000);
        LineAudio.tone(audio, 500, 700, 8000, 16000); // a quiet caller: about -33 dBFS, 1 s
        VoiceActivity unfiltered = new VoiceActivity();
        VoiceActivity banded = new VoiceActivity();
        HumFilter filter = new HumFilter();
        for (int i = 0; i < audio.length; i += 160) {
            short[] chunk = Arrays.copyOfRange(audio, i, i + 160);
            unfiltered.accept(chunk, 160);
            banded.accept(filter.process(chunk, 160), 160);
        }
        assertTrue(banded.heardSpeech());
        assertEquals(8000, banded.speechStartSample(), 480);
        assertEquals(8000, banded.quietSamplesAfterSpeech(), 480, "quiet since the words ended");
        assertTrue(!unfiltered.heardSpeech(), "without the filter the hum hides the caller");
    }
}
