package org.townhall.ivr.simulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.townhall.ivr.audio.G711;
import org.townhall.ivr.audio.WavFile;

/**
 * Reading and writing the audio formats the simulator deals with: WAV (any common WAV for reading, 8 kHz 16-bit
 * mono for writing, as Asterisk's {@code wav} format: {@link WavFile}), raw signed linear ({@code sln}) and raw G.711.
 */
final class AudioFiles {

    static final int RATE = WavFile.RATE;

    /** A sound format Asterisk knows by a file extension. */
    enum Format {
        WAV, SLN, ULAW, ALAW, GSM;

        static Optional<Format> ofExtension(String extension) {
            return switch (extension.toLowerCase(Locale.ROOT)) {
                case "wav" -> Optional.of(WAV);
                case "sln", "raw" -> Optional.of(SLN);
                case "ulaw", "ul", "mu", "ulw", "pcm" -> Optional.of(ULAW);
                case "alaw", "al", "alw" -> Optional.of(ALAW);
                case "gsm" -> Optional.of(GSM);
                default -> Optional.empty();
            };
        }

        boolean writable() {
            return this != GSM;
        }
    }

    private AudioFiles() {
    }

    /** Duration in 8 kHz samples of a sound file, judged from the WAV header or the size of a raw file. */
    static long samples(Path file, Format format) throws IOException {
        return switch (format) {
            case WAV -> WavFile.info(file).samples8k();
            case SLN -> Files.size(file) / 2;
            case ULAW, ALAW -> Files.size(file);
            case GSM -> Files.size(file) / 33 * 160;
        };
    }

    /** The audio of a file as 8 kHz 16-bit mono samples (WAV of any rate/channels, sln, ulaw, alaw). */
    static short[] read8k(Path file, Format format) throws IOException {
        return switch (format) {
            case WAV -> WavFile.read8k(file);
            case SLN -> decodeLinear16(Files.readAllBytes(file));
            case ULAW -> decodeG711(Files.readAllBytes(file), true);
            case ALAW -> decodeG711(Files.readAllBytes(file), false);
            case GSM -> throw new IOException("GSM audio cannot be decoded by the simulator: " + file);
        };
    }

    static short[] readWav8k(Path file) throws IOException {
        return WavFile.read8k(file);
    }

    /** Writes samples in {@code format}; WAV gets the 44-byte header Asterisk writes. */
    static void write(Path file, Format format, short[] samples) throws IOException {
        Files.write(file, switch (format) {
            case WAV -> WavFile.bytes8k(samples);
            case SLN -> encodeLinear16(samples);
            case ULAW -> encodeG711(samples, true);
            case ALAW -> encodeG711(samples, false);
            case GSM -> throw new IOException("GSM cannot be written by the simulator");
        });
    }

    private static short[] decodeLinear16(byte[] bytes) {
        short[] out = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(out);
        return out;
    }

    private static short[] decodeG711(byte[] bytes, boolean ulaw) {
        short[] out = new short[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = ulaw ? G711.ulawToLinear(bytes[i]) : G711.alawToLinear(bytes[i]);
        }
        return out;
    }

    private static byte[] encodeLinear16(short[] samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    private static byte[] encodeG711(short[] samples, boolean ulaw) {
        byte[] out = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = ulaw ? G711.linearToUlaw(samples[i]) : G711.linearToAlaw(samples[i]);
        }
        return out;
    }
}
