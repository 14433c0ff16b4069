package org.townhall.ivr.console.testcall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Uploaded WAV files become the telephone audio Asterisk would have recorded. */
class UploadedWavTest {
    /** One second of a tone at {@code hz}, 16-bit PCM, the same on every channel. */
    private static byte[] wav(int rate, int channels, double hz, double amplitude) {
        int frames = rate;
        ByteBuffer b = ByteBuffer.allocate(44 + frames * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + frames * channels * 2).putInt(0x45564157);
        b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.putInt(0x61746164).putInt(frames * channels * 2);
        for (int i = 0; i < frames; i++) {
            short s = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / rate));
            for (int c = 0; c < channels; c++) {
                b.putShort(s);
            }
        }
        return b.array();
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (int i = 200; i < samples.length - 200; i++) { // away from the filter's edges
            sum += (double) samples[i] * samples[i];
        }
        return Math.sqrt(sum / (samples.length - 400)) / 32768;
    }

    @Test
    @DisplayName("a 44.1 kHz stereo recording becomes 8 kHz mono, speech band kept")
    void cdQualityBecomesTelephoneAudio() {
        Input.Audio audio = UploadedWav.read(wav(44100, 2, 1000, 0.5), "cd.wav");

        assertEquals(8000, audio.samples().length, 2);
        assertEquals(0.5 / Math.sqrt(2), rms(audio.samples()), 0.02);
    }

    @Test
    @DisplayName("sound above the telephone band is filtered out, not folded back into it")
    void noAliasing() {
        Input.Audio audio = UploadedWav.read(wav(16000, 1, 6000, 0.5), "high.wav");

        assertTrue(rms(audio.samples()) < 0.005, "a 6 kHz tone comes out at " + rms(audio.samples()));
    }

    @Test
    @DisplayName("a file that is not a WAV is refused with its name")
    void notAWav() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UploadedWav.read("hello".getBytes(), "notes.txt"));
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    }
}
