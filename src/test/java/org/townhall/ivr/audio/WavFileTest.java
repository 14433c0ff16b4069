package org.townhall.ivr.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recordings as town halls have them: a real human recording (Asterisk's core sounds, 8 kHz) written by sox, an
 * independent encoder, in the WAV variants phones, recorder apps and editors produce, read back as the telephone hears
 * it.
 */
class WavFileTest {
    static final Path RECORDING = Path.of("/usr/share/asterisk/sounds/en/vm-reachoper.wav");

    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeEach
    void needsTheRecordingsAndSox() {
        assumeTrue(Files.exists(RECORDING) && Sox.installed(), "install asterisk-core-sounds-en-wav and sox (.ci/run does)");
    }

    @ParameterizedTest(name = "sox {0}")
    @CsvSource(delimiter = '|', value = {
            "-r 16000 -c 1 -b 16|16000 Hz, 1 channel, 16-bit PCM",
            "-r 44100 -c 2 -b 24|44100 Hz, 2 channels, 24-bit PCM",
            "-r 48000 -c 2 -b 32|48000 Hz, 2 channels, 32-bit PCM",
            "-r 22050 -c 1 -e floating-point -b 32|22050 Hz, 1 channel, 32-bit float",
            "-r 11025 -c 1 -b 8|11025 Hz, 1 channel, 8-bit PCM",
            "-r 8000 -c 1 -e u-law|8000 Hz, 1 channel, μ-law",
            "-r 8000 -c 2 -e a-law|8000 Hz, 2 channels, A-law",
            "-r 32000 -c 4 -b 16|32000 Hz, 4 channels, 16-bit PCM"})
    @DisplayName("a recording in any common WAV variant reads as the same 8 kHz speech")
    void readsCommonVariantsAsTheSameSpeech(String options, String described) throws Exception {
        short[] original = WavFile.read8k(RECORDING);
        Path converted = sox(RECORDING, "converted.wav", options.split(" "));

        assertEquals(described, WavFile.info(Files.readAllBytes(converted)).describe());
        short[] heard = WavFile.read8k(converted);
        assertEquals(original.length, heard.length, original.length / 100.0, "same duration");
        double similarity = correlation(original, heard);
        assertTrue(similarity > 0.97, "the same speech, aligned: correlation " + similarity);
        assertEquals(rms(original), rms(heard), rms(original) * 0.1, "the same level");
    }

    @Test
    @DisplayName("an 8 kHz 16-bit mono WAV reads exactly, and is written back byte for byte")
    void telephoneWavRoundTrips() throws Exception {
        byte[] asterisk = Files.readAllBytes(RECORDING);
        short[] samples = WavFile.read8k(RECORDING);
        assertEquals("8000 Hz, 1 channel, 16-bit PCM", WavFile.info(asterisk).describe());
        assertArrayEquals(samples, WavFile.decode8k(WavFile.bytes8k(samples)));
        assertEquals(WavFile.HEADER_BYTES + samples.length * 2, WavFile.bytes8k(samples).length);
    }

    @Test
    @DisplayName("a header promising more audio than was written reads what is there")
    void truncatedRecordingReadsWhatIsThere() throws Exception {
        byte[] whole = Files.readAllBytes(RECORDING);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2 + 1);
        short[] half = WavFile.decode8k(cut);
        assertEquals((cut.length - WavFile.HEADER_BYTES) / 2, half.length);
    }

    @Test
    @DisplayName("a rate sharing few factors with 8 kHz (a damaged header) reads as the nearest multiple of 50 Hz")
    void oddRateReadsAsTheNearestUsualOne() throws Exception {
        short[] original = WavFile.read8k(RECORDING);
        Path odd = sox(RECORDING, "odd.wav", "-r", "44101");
        assertEquals(44100, WavFile.convertible(44101));
        assertEquals(11025, WavFile.convertible(11025), "usual rates are kept");
        short[] heard = WavFile.read8k(odd);
        assertEquals(original.length, heard.length, original.length / 100.0);
        assertTrue(correlation(original, heard) > 0.9, "the same speech: " + correlation(original, heard));
    }

    @Test
    @DisplayName("a data size left at 0 by a writer that stopped reads the audio that is there")
    void dataSizeLeftAtZero() throws Exception {
        short[] samples = WavFile.read8k(RECORDING);
        byte[] bytes = WavFile.bytes8k(samples);
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(40, 0);
        assertArrayEquals(samples, WavFile.decode8k(bytes));
    }

    @Test
    @DisplayName("a chunk claiming more bytes than the file has is a clear error, not a crash")
    void oversizedChunkIsAClearError() throws Exception {
        byte[] wav = WavFile.bytes8k(new short[] {1, 2, 3});
        byte[] bytes = new byte[wav.length + 8];
        System.arraycopy(wav, 0, bytes, 0, 12);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(12, "LIST".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16, 0xFFFFFFF0);
        System.arraycopy(wav, 12, bytes, 20, wav.length - 12);
        IOException e = assertThrows(IOException.class, () -> WavFile.decode8k(bytes));
        assertTrue(e.getMessage().contains("no fmt chunk"), e.getMessage());
    }

    @Test
    @DisplayName("8 kHz 16-bit mono under the extensible tag reads, but is not what Asterisk plays")
    void extensibleTelephoneWavIsNotPlayable() throws Exception {
        short[] samples = {100, -100, 200, -200};
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + 8 + 40 + 8 + 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(b.capacity() - 8).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(40).putShort((short) 0xFFFE).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16).putShort((short) 22).putShort((short) 16).putInt(4)
                .putShort((short) 1).put(new byte[14]); // sub-format: PCM
        b.put("data".getBytes()).putInt(8);
        for (short v : samples) {
            b.putShort(v);
        }
        WavFile.Info info = WavFile.info(b.array());
        assertEquals("8000 Hz, 1 channel, 16-bit PCM", info.describe());
        assertTrue(!info.isTelephoneWav(), "Asterisk's wav format refuses the extensible tag");
        assertArrayEquals(samples, WavFile.decode8k(b.array()));
    }

    @ParameterizedTest(name = "sox {0}")
    @CsvSource({"gsm-full-rate", "ima-adpcm"})
    @DisplayName("an encoding the telephone cannot read is refused with the file, what it is and the command to convert it")
    void unreadableEncodingSaysHowToConvert(String encoding) throws Exception {
        Path converted = sox(RECORDING, encoding + ".wav", "-r", "8000", "-c", "1", "-e", encoding);
        IOException e = assertThrows(IOException.class, () -> WavFile.read8k(converted));
        assertTrue(e.getMessage().startsWith(converted.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("8000 Hz, 1 channel, encoding 0x"), e.getMessage());
        assertTrue(e.getMessage().contains("sox <file> -r 8000 -c 1 -b 16"), e.getMessage());
    }

    @Test
    @DisplayName("a file that is no WAV at all is named as such")
    void notAWav() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.wav"), "pothole on Elm Street, call back tomorrow");
        IOException e = assertThrows(IOException.class, () -> WavFile.read8k(text));
        assertTrue(e.getMessage().contains("notes.wav: not a WAV file"), e.getMessage());
        Path raw = sox(RECORDING, "raw.ul", "-r", "8000", "-c", "1", "-e", "u-law");
        assertThrows(IOException.class, () -> WavFile.read8k(raw));
    }

    private Path sox(Path in, String name, String... options) throws Exception {
        return Sox.convert(in, dir.resolve(name), options);
    }

    private static double correlation(short[] a, short[] b) {
        int n = Math.min(a.length, b.length);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            ab += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static double rms(short[] s) {
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / s.length);
    }
}
