package org.townhall.ivr.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audio value: its WAV form and its level helpers. */
class TelephoneAudioTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the WAV file has the canonical 44-byte header for 8 kHz 16-bit mono PCM")
    void canonicalWavHeader() throws Exception {
        TelephoneAudio audio = TelephoneAudio.ofSamples(new short[] {0, 1000, -1000, 32767, -32768});
        Path file = dir.resolve("prompt.wav");

        audio.writeWav(file);

        byte[] wav = Files.readAllBytes(file);
        assertEquals(44 + 10, wav.length);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", ascii(wav, 0));
        assertEquals(wav.length - 8, header.getInt(4));
        assertEquals("WAVE", ascii(wav, 8));
        assertEquals("fmt ", ascii(wav, 12));
        assertEquals(16, header.getInt(16));
        assertEquals(1, header.getShort(20), "PCM");
        assertEquals(1, header.getShort(22), "mono");
        assertEquals(8000, header.getInt(24));
        assertEquals(16000, header.getInt(28), "byte rate");
        assertEquals(2, header.getShort(32), "block align");
        assertEquals(16, header.getShort(34), "bits per sample");
        assertEquals("data", ascii(wav, 36));
        assertEquals(10, header.getInt(40));
        assertEquals(1000, header.getShort(46));
        assertEquals(-32768, header.getShort(52));
    }

    @Test
    @DisplayName("Java's own audio reader reads the WAV back as 8 kHz 16-bit signed little-endian mono")
    void javaSoundReadsIt() throws Exception {
        short[] samples = new short[8000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (10000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        TelephoneAudio audio = TelephoneAudio.ofSamples(samples);

        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio.wavBytes()))) {
            AudioFormat format = in.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
            assertEquals(8000f, format.getSampleRate());
            assertEquals(16, format.getSampleSizeInBits());
            assertEquals(1, format.getChannels());
            assertEquals(false, format.isBigEndian());
            assertEquals(8000, in.getFrameLength());
            assertArrayEquals(audio.pcmBytes(), in.readAllBytes());
        }
        assertEquals(1000, audio.durationMillis());
    }

    @Test
    @DisplayName("peak and RMS are measured in dBFS; silence is minus infinity")
    void levels() {
        short[] square = new short[800];
        for (int i = 0; i < square.length; i++) {
            square[i] = (short) (i % 2 == 0 ? 16384 : -16384);
        }
        TelephoneAudio audio = TelephoneAudio.ofSamples(square);
        assertEquals(-6.02, audio.peakDbfs(), 0.01);
        assertEquals(-6.02, audio.rmsDbfs(), 0.01);
        assertEquals(Double.NEGATIVE_INFINITY, TelephoneAudio.ofSamples(new short[100]).peakDbfs());
        assertEquals(Double.NEGATIVE_INFINITY, TelephoneAudio.ofSamples(new short[0]).rmsDbfs());
    }

    @Test
    @DisplayName("the value cannot be changed through the arrays it was made from or hands out")
    void immutable() {
        short[] samples = {1, 2, 3};
        TelephoneAudio audio = TelephoneAudio.ofSamples(samples);
        samples[0] = 99;
        audio.samples()[1] = 99;
        assertArrayEquals(new short[] {1, 2, 3}, audio.samples());
        assertEquals(TelephoneAudio.ofSamples(new short[] {1, 2, 3}), audio);
    }

    @Test
    @DisplayName("writing over an existing prompt replaces it whole and leaves no partial file behind")
    void replacesAtomically() throws Exception {
        Path file = dir.resolve("menu.wav");
        TelephoneAudio.ofSamples(new short[16000]).writeWav(file);
        TelephoneAudio.ofSamples(new short[8]).writeWav(file);
        assertEquals(44 + 16, Files.size(file));
        try (var listing = Files.list(dir)) {
            assertTrue(listing.allMatch(file::equals));
        }
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
