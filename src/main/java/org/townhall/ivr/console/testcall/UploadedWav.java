package org.townhall.ivr.console.testcall;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An uploaded WAV turned into telephone audio (8 kHz, 16-bit, mono) as Asterisk would record it: PCM 8/16/24/32-bit
 * or 32-bit float, any rate, channels mixed down, resampled with a windowed-sinc low-pass (no aliasing).
 */
public final class UploadedWav {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int RATE = 8000;
    private static final int MAX_SECONDS = 30;
    private static final int HALF_TAPS = 16;

    private UploadedWav() {
    }

    /** The caller audio of an uploaded file; {@link IllegalArgumentException} says what is wrong with it. */
    public static Input.Audio read(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("the WAV file is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException("'" + name + "' is not a WAV file (RIFF/WAVE)");
        }
        int format = 0;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int pos = 12;
        while (pos + 8 <= bytes.length) {
            int id = b.getInt(pos);
            int size = b.getInt(pos + 4);
            int body = pos + 8;
            if (size < 0) {
                break;
            }
            if (id == 0x20746d66 && body + 16 <= bytes.length) { // "fmt "
                format = b.getShort(body) & 0xffff;
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
                if (format == 0xFFFE && size >= 26) {
                    format = b.getShort(body + 24) & 0xffff; // WAVE_FORMAT_EXTENSIBLE: the sub-format
                }
            } else if (id == 0x61746164) { // "data"
                double[] mono = decode(b, body, Math.min(size, bytes.length - body), format, channels, bits, name);
                if (rate < 4000 || rate > 192000) {
                    throw new IllegalArgumentException("'" + name + "' has an unusable sample rate: " + rate + " Hz");
                }
                if (mono.length / (double) rate > MAX_SECONDS) {
                    throw new IllegalArgumentException("'" + name + "' is longer than " + MAX_SECONDS + " s");
                }
                return new Input.Audio(toShorts(rate == RATE ? mono : resample(mono, rate)), name);
            }
            pos = body + size + (size & 1);
        }
        throw new IllegalArgumentException("'" + name + "' has no audio data");
    }

    private static double[] decode(ByteBuffer b, int start, int length, int format, int channels, int bits,
                                   String name) {
        boolean pcm = format == 1 && (bits == 8 || bits == 16 || bits == 24 || bits == 32);
        boolean flt = format == 3 && bits == 32;
        if (!(pcm || flt) || channels < 1 || channels > 8) {
            throw new IllegalArgumentException("'" + name + "' is " + bits + "-bit format " + format + " with "
                    + channels + " channel(s): upload PCM (8, 16, 24 or 32-bit) or 32-bit float WAV");
        }
        int width = bits / 8;
        int frames = length / (width * channels);
        double[] mono = new double[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                int at = start + (f * channels + c) * width;
                sum += flt ? b.getFloat(at) : switch (bits) {
                    case 8 -> ((b.get(at) & 0xff) - 128) / 128.0;
                    case 16 -> b.getShort(at) / 32768.0;
                    case 24 -> ((b.get(at) & 0xff) | (b.get(at + 1) & 0xff) << 8 | b.get(at + 2) << 16) / 8388608.0;
                    default -> b.getInt(at) / 2147483648.0;
                };
            }
            mono[f] = sum / channels;
        }
        return mono;
    }

    /** Windowed-sinc (Blackman) resampling to 8 kHz, low-passed below the lower of the two Nyquist frequencies. */
    private static double[] resample(double[] in, int rate) {
        double ratio = (double) RATE / rate;
        double cutoff = Math.min(1.0, ratio) * 0.92;
        int out = (int) Math.floor(in.length * ratio);
        double[] result = new double[out];
        double scale = Math.max(1.0, 1 / ratio);
        int reach = (int) Math.ceil(HALF_TAPS * scale);
        for (int i = 0; i < out; i++) {
            double center = i / ratio;
            int first = (int) Math.floor(center) - reach + 1;
            double sum = 0;
            for (int j = first; j < first + 2 * reach; j++) {
                if (j < 0 || j >= in.length) {
                    continue;
                }
                double x = (j - center) * cutoff;
                double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
                double w = (j - center) / reach;
                double window = Math.abs(w) >= 1 ? 0 : 0.42 + 0.5 * Math.cos(Math.PI * w) + 0.08 * Math.cos(2 * Math.PI * w);
                sum += in[j] * sinc * window * cutoff;
            }
            result[i] = sum;
        }
        return result;
    }

    private static short[] toShorts(double[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = (short) Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32768)));
        }
        return out;
    }
}
