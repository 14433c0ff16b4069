package org.townhall.ivr.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * WAV files as the telephone hears them: any common WAV read as 8 kHz mono 16-bit samples, and the canonical 8 kHz
 * 16-bit mono WAV that Asterisk's {@code wav} format reads and writes.
 *
 * <p>Read: PCM of 8, 16, 24 or 32 bits, 32- or 64-bit float, G.711 μ-law and A-law, plain or
 * {@code WAVE_FORMAT_EXTENSIBLE}; any number of channels (mixed down); any sample rate (brought to 8 kHz by
 * {@link RateConverter}, without aliasing). That covers what Asterisk records, what a phone, a recorder app, Audacity
 * or sox write. Anything else (GSM, ADPCM, MP3 in WAV, RF64) is refused with the conversion to run.
 */
public final class WavFile {
    /** The telephone's sample rate. */
    public static final int RATE = 8000;
    /** The size of the canonical header written here (and by Asterisk). */
    public static final int HEADER_BYTES = 44;

    private static final int PCM = 1;
    private static final int FLOAT = 3;
    private static final int ALAW = 6;
    private static final int ULAW = 7;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavFile() {
    }

    /**
     * The facts of a WAV file's header.
     *
     * @param formatTag the format tag as written ({@code 0xFFFE} for {@code WAVE_FORMAT_EXTENSIBLE})
     * @param encoding the format tag of the samples (for {@code WAVE_FORMAT_EXTENSIBLE}, that of its sub-format)
     * @param dataOffset where the samples start in the file
     * @param dataBytes how many bytes of samples the file holds (a header may promise more than was written)
     */
    public record Info(int formatTag, int encoding, int channels, int sampleRate, int bitsPerSample, int blockAlign, int dataOffset,
                       long dataBytes) {
        /** The duration in samples at 8 kHz. */
        public long samples8k() {
            return dataBytes / Math.max(1, blockAlign) * RATE / Math.max(1, sampleRate);
        }

        /**
         * True for the 8 kHz 16-bit mono PCM that Asterisk's {@code wav} format plays and writes (with the plain PCM
         * tag: Asterisk refuses {@code WAVE_FORMAT_EXTENSIBLE}).
         */
        public boolean isTelephoneWav() {
            return formatTag == PCM && sampleRate == RATE && channels == 1 && bitsPerSample == 16;
        }

        /** How this file is encoded, for messages: "44100 Hz, 2 channels, 24-bit PCM". */
        public String describe() {
            String what = switch (encoding) {
                case PCM -> bitsPerSample + "-bit PCM";
                case FLOAT -> bitsPerSample + "-bit float";
                case ALAW -> "A-law";
                case ULAW -> "μ-law";
                default -> String.format("encoding 0x%04X, %d bits", encoding, bitsPerSample);
            };
            return sampleRate + " Hz, " + channels + (channels == 1 ? " channel, " : " channels, ") + what;
        }
    }

    /** The samples of a WAV file at 8 kHz, mono; an error naming the file and what to do when it cannot be read. */
    public static short[] read8k(Path file) throws IOException {
        byte[] bytes = bytes(file);
        try {
            return decode8k(bytes);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The header of a WAV file; an error naming the file and what to do when it is not usable. */
    public static Info info(Path file) throws IOException {
        byte[] bytes = bytes(file);
        try {
            return info(bytes);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("no such file: " + file, e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("not readable (permission denied): " + file, e);
        } catch (IOException e) {
            throw new IOException(file + " cannot be read: " + e, e);
        }
    }

    /** The samples of WAV bytes at 8 kHz, mono. */
    public static short[] decode8k(byte[] bytes) throws IOException {
        Info info = info(bytes);
        double[] mono = mixDown(bytes, info);
        if (info.sampleRate() == RATE) {
            return toShorts(mono);
        }
        return toShorts(CONVERTERS.computeIfAbsent(convertible(info.sampleRate()), rate -> new RateConverter(rate, RATE))
                .process(mono));
    }

    private static final java.util.Map<Integer, RateConverter> CONVERTERS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The rate a recording is converted from. A rate with few factors in common with 8 kHz (44101 Hz: a damaged or
     * odd header) would need a filter of up to 8000 phases (hundreds of MB for the highest rates): it is read as the
     * nearest multiple of 50 Hz instead, at most 0.06 % off in pitch and length, which nobody hears.
     */
    static int convertible(int rate) {
        int gcd = java.math.BigInteger.valueOf(rate).gcd(java.math.BigInteger.valueOf(RATE)).intValue();
        return RATE / gcd <= 320 ? rate : Math.max(50, Math.round(rate / 50f) * 50);
    }

    /** The header of WAV bytes; an error saying what is wrong and how to convert the file when it is not usable. */
    public static Info info(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !tag(bytes, 0, "RIFF") || !tag(bytes, 8, "WAVE")) {
            throw new IOException((bytes.length >= 4 && tag(bytes, 0, "RF64") ? "an RF64 file" : "not a WAV file")
                    + " (expected RIFF/WAVE); " + CONVERT);
        }
        long pos = 12;
        Info format = null;
        while (pos + 8 <= bytes.length) {
            long size = Integer.toUnsignedLong(b.getInt((int) pos + 4));
            int body = (int) pos + 8;
            if (tag(bytes, (int) pos, "fmt ")) {
                if (size < 16 || body + 16 > bytes.length) {
                    throw new IOException("its fmt chunk is cut short (" + size + " bytes); " + CONVERT);
                }
                int formatTag = Short.toUnsignedInt(b.getShort(body));
                int encoding = formatTag;
                int bits = Short.toUnsignedInt(b.getShort(body + 14));
                if (formatTag == EXTENSIBLE && size >= 40 && body + 26 <= bytes.length) {
                    encoding = Short.toUnsignedInt(b.getShort(body + 24)); // the sub-format GUID starts with the tag
                }
                format = new Info(formatTag, encoding, Short.toUnsignedInt(b.getShort(body + 2)), b.getInt(body + 4),
                        bits, Short.toUnsignedInt(b.getShort(body + 12)), 0, 0);
            } else if (tag(bytes, (int) pos, "data")) {
                if (format == null) {
                    throw new IOException("its data chunk comes before its fmt chunk; " + CONVERT);
                }
                // a writer that stopped before filling in the size leaves 0 (or more than was written): what is there
                long available = bytes.length - body;
                Info info = new Info(format.formatTag(), format.encoding(), format.channels(), format.sampleRate(),
                        format.bitsPerSample(), format.blockAlign(), body, size == 0 ? available : Math.min(size, available));
                check(info);
                return info;
            }
            pos = body + size + (size & 1); // a long: a damaged size cannot wrap around
        }
        throw new IOException(format == null ? "no fmt chunk: not a usable WAV file; " + CONVERT
                : "no audio data (no data chunk)");
    }

    private static final String CONVERT = "convert it with: sox <file> -r 8000 -c 1 -b 16 <new file>.wav";

    private static void check(Info info) throws IOException {
        boolean known = switch (info.encoding()) {
            case PCM -> info.bitsPerSample() == 8 || info.bitsPerSample() == 16 || info.bitsPerSample() == 24
                    || info.bitsPerSample() == 32;
            case FLOAT -> info.bitsPerSample() == 32 || info.bitsPerSample() == 64;
            case ALAW, ULAW -> info.bitsPerSample() == 8;
            default -> false;
        };
        if (!known) {
            throw new IOException("its audio is " + info.describe() + ", which is not read here; " + CONVERT);
        }
        if (info.channels() < 1 || info.sampleRate() < 4000 || info.sampleRate() > 384_000
                || info.blockAlign() != info.channels() * info.bitsPerSample() / 8) {
            throw new IOException("its header is inconsistent (" + info.describe() + ", " + info.blockAlign()
                    + " bytes per frame); " + CONVERT);
        }
    }

    /** The channels averaged, full scale ±32768. */
    private static double[] mixDown(byte[] bytes, Info info) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int channels = info.channels();
        int width = info.bitsPerSample() / 8;
        int frames = (int) (info.dataBytes() / info.blockAlign());
        double[] mono = new double[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += sample(b, info.dataOffset() + f * info.blockAlign() + c * width, info);
            }
            mono[f] = sum / channels;
        }
        return mono;
    }

    private static double sample(ByteBuffer b, int at, Info info) {
        return switch (info.encoding()) {
            case ULAW -> G711.ulawToLinear(b.get(at));
            case ALAW -> G711.alawToLinear(b.get(at));
            case FLOAT -> (info.bitsPerSample() == 32 ? b.getFloat(at) : b.getDouble(at)) * 32768.0;
            default -> switch (info.bitsPerSample()) {
                case 8 -> ((b.get(at) & 0xff) - 128) * 256.0;
                case 16 -> b.getShort(at);
                case 24 -> ((b.get(at + 2) << 16) | ((b.get(at + 1) & 0xff) << 8) | (b.get(at) & 0xff)) / 256.0;
                default -> b.getInt(at) / 65536.0;
            };
        };
    }

    private static short[] toShorts(double[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(samples[i])));
        }
        return out;
    }

    /** A complete 8 kHz 16-bit mono WAV file: the canonical 44-byte header Asterisk writes, then the samples. */
    public static byte[] bytes8k(short[] samples) {
        int dataBytes = samples.length * 2;
        ByteBuffer wav = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16)
                .putShort((short) PCM)
                .putShort((short) 1)                 // mono
                .putInt(RATE)
                .putInt(RATE * 2)                    // byte rate
                .putShort((short) 2)                 // block align
                .putShort((short) 16);               // bits per sample
        wav.put(ascii("data")).putInt(dataBytes);
        wav.asShortBuffer().put(samples);
        return wav.array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
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
