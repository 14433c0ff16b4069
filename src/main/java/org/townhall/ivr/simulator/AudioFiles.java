package org.townhall.ivr.simulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading and writing the audio formats the simulator deals with: WAV (any PCM/G.711 WAV for reading, 8 kHz 16-bit
 * mono for writing, as Asterisk's {@code wav} format), raw signed linear ({@code sln}) and raw G.711.
 */
final class AudioFiles {

    static final int RATE = 8000;

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

    /** The header facts of a WAV file. */
    record WavInfo(int formatTag, int channels, int sampleRate, int bitsPerSample, int blockAlign, int dataOffset,
                   long dataBytes) {

        /** Duration in 8 kHz samples. */
        long samples8k() {
            long frames = dataBytes / Math.max(1, blockAlign);
            return frames * RATE / Math.max(1, sampleRate);
        }
    }

    private AudioFiles() {
    }

    /** Duration in 8 kHz samples of a sound file, judged from the WAV header or the size of a raw file. */
    static long samples(Path file, Format format) throws IOException {
        return switch (format) {
            case WAV -> readWavInfo(Files.readAllBytes(file)).samples8k();
            case SLN -> Files.size(file) / 2;
            case ULAW, ALAW -> Files.size(file);
            case GSM -> Files.size(file) / 33 * 160;
        };
    }

    /** The audio of a file as 8 kHz 16-bit mono samples (WAV of any rate/channels, sln, ulaw, alaw). */
    static short[] read8k(Path file, Format format) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return switch (format) {
            case WAV -> decodeWav(bytes);
            case SLN -> decodeLinear16(bytes, 0, bytes.length, 1);
            case ULAW -> decodeG711(bytes, 0, bytes.length, true);
            case ALAW -> decodeG711(bytes, 0, bytes.length, false);
            case GSM -> throw new IOException("GSM audio cannot be decoded by the simulator: " + file);
        };
    }

    static short[] readWav8k(Path file) throws IOException {
        return decodeWav(Files.readAllBytes(file));
    }

    /** Writes samples in {@code format}; WAV gets the 44-byte header Asterisk writes. */
    static void write(Path file, Format format, short[] samples) throws IOException {
        byte[] body = switch (format) {
            case WAV, SLN -> encodeLinear16(samples);
            case ULAW -> encodeG711(samples, true);
            case ALAW -> encodeG711(samples, false);
            case GSM -> throw new IOException("GSM cannot be written by the simulator");
        };
        if (format != Format.WAV) {
            Files.write(file, body);
            return;
        }
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + body.length)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(body.length);
        byte[] all = new byte[44 + body.length];
        System.arraycopy(header.array(), 0, all, 0, 44);
        System.arraycopy(body, 0, all, 44, body.length);
        Files.write(file, all);
    }

    static WavInfo readWavInfo(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !tag(bytes, 0, "RIFF") || !tag(bytes, 8, "WAVE")) {
            throw new IOException("not a RIFF/WAVE file");
        }
        int pos = 12;
        int formatTag = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int blockAlign = 0;
        while (pos + 8 <= bytes.length) {
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            int body = pos + 8;
            if (tag(bytes, pos, "fmt ") && size >= 16 && body + 16 <= bytes.length) {
                formatTag = Short.toUnsignedInt(b.getShort(body));
                channels = Short.toUnsignedInt(b.getShort(body + 2));
                rate = b.getInt(body + 4);
                blockAlign = Short.toUnsignedInt(b.getShort(body + 12));
                bits = Short.toUnsignedInt(b.getShort(body + 14));
            } else if (tag(bytes, pos, "data")) {
                if (formatTag < 0) {
                    throw new IOException("WAV data chunk before its fmt chunk");
                }
                long available = bytes.length - body;
                return new WavInfo(formatTag, channels, rate, bits, blockAlign, body, Math.min(size, available));
            }
            pos = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw new IOException("WAV file without a data chunk");
    }

    private static short[] decodeWav(byte[] bytes) throws IOException {
        WavInfo info = readWavInfo(bytes);
        int start = info.dataOffset();
        int length = (int) info.dataBytes();
        short[] mono;
        int channels = Math.max(1, info.channels());
        if (info.formatTag() == 1 && info.bitsPerSample() == 16) {
            mono = decodeLinear16(bytes, start, length, channels);
        } else if (info.formatTag() == 1 && info.bitsPerSample() == 8) {
            int frames = length / channels;
            mono = new short[frames];
            for (int i = 0; i < frames; i++) {
                int sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += ((bytes[start + i * channels + c] & 0xff) - 128) << 8;
                }
                mono[i] = (short) (sum / channels);
            }
        } else if ((info.formatTag() == 7 || info.formatTag() == 6) && channels == 1) {
            mono = decodeG711(bytes, start, length, info.formatTag() == 7);
        } else {
            throw new IOException("unsupported WAV encoding (format " + info.formatTag() + ", "
                    + info.bitsPerSample() + " bits, " + channels + " channels)");
        }
        return resample(mono, info.sampleRate());
    }

    private static short[] decodeLinear16(byte[] bytes, int start, int length, int channels) {
        int frames = length / (2 * channels);
        short[] out = new short[frames];
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += b.getShort(start + (i * channels + c) * 2);
            }
            out[i] = (short) (sum / channels);
        }
        return out;
    }

    private static short[] decodeG711(byte[] bytes, int start, int length, boolean ulaw) {
        short[] out = new short[length];
        for (int i = 0; i < length; i++) {
            out[i] = ulaw ? G711.ulawToLinear(bytes[start + i]) : G711.alawToLinear(bytes[start + i]);
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

    /** To 8 kHz, band-limited (see {@link BandLimitedResampler}). */
    private static short[] resample(short[] in, int rate) {
        return BandLimitedResampler.to8k(in, rate);
    }

    private static boolean tag(byte[] bytes, int pos, String tag) {
        if (pos + 4 > bytes.length) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (bytes[pos + i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
