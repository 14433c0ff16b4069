package org.townhall.ivr.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the WAV files Asterisk writes (RIFF, PCM 16-bit mono, 8 kHz) into samples. */
public final class WavFile {
    private WavFile() {
    }

    /** The samples of an 8 kHz 16-bit mono PCM WAV; a clear error for anything else. */
    public static short[] read8k(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IOException(file + " is not a WAV file");
        }
        int pos = 12;
        int rate = 0;
        int bits = 0;
        int channels = 0;
        while (pos + 8 <= b.limit()) {
            int id = b.getInt(pos);
            int size = b.getInt(pos + 4);
            int body = pos + 8;
            if (id == 0x20746d66) { // "fmt "
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
            } else if (id == 0x61746164) { // "data"
                if (rate != 8000 || bits != 16 || channels != 1) {
                    throw new IOException(file + " is " + rate + " Hz, " + bits + "-bit, " + channels
                            + " channel(s): telephone audio must be 8000 Hz, 16-bit, mono");
                }
                int length = Math.min(size, b.limit() - body) / 2;
                short[] samples = new short[length];
                for (int i = 0; i < length; i++) {
                    samples[i] = b.getShort(body + 2 * i);
                }
                return samples;
            }
            pos = body + size + (size & 1);
        }
        throw new IOException(file + " has no audio data");
    }
}
