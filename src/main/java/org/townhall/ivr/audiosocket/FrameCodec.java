package org.townhall.ivr.audiosocket;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The AudioSocket wire format: {@code kind(1) length(2, big-endian) payload(length)}. Audio is signed 16-bit
 * little-endian; a trailing odd byte is dropped, as Asterisk does ({@code samples = length / 2}).
 */
final class FrameCodec {

    static final int KIND_HANGUP = 0x00;
    static final int KIND_UUID = 0x01;
    static final int KIND_DTMF = 0x03;
    static final int KIND_AUDIO = 0x10;
    static final int KIND_ERROR = 0xff;

    /** The largest payload the 16-bit length field can announce. */
    static final int MAX_PAYLOAD = 0xffff;
    /** What this server sends per audio frame: 20 ms of 8 kHz audio, like Asterisk. */
    static final int SAMPLES_PER_FRAME = 160;

    /** One frame as read from the wire. */
    record Raw(int kind, byte[] payload) {
    }

    private FrameCodec() {
    }

    static byte[] header(int kind, int length) {
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("an AudioSocket payload holds 0 to 65535 bytes, not " + length);
        }
        return new byte[] {(byte) kind, (byte) (length >>> 8), (byte) length};
    }

    static byte[] hangup() {
        return header(KIND_HANGUP, 0);
    }

    static byte[] uuid(UUID id) {
        return ByteBuffer.allocate(19).put(header(KIND_UUID, 16))
                .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    static byte[] dtmf(char key) {
        return new byte[] {KIND_DTMF, 0, 1, (byte) key};
    }

    static byte[] error(int code) {
        return new byte[] {(byte) KIND_ERROR, 0, 1, (byte) code};
    }

    /** {@code samples} as consecutive audio frames of at most {@link #SAMPLES_PER_FRAME} samples each. */
    static byte[] audio(short[] samples) {
        int frames = (samples.length + SAMPLES_PER_FRAME - 1) / SAMPLES_PER_FRAME;
        byte[] out = new byte[samples.length * 2 + frames * 3];
        int pos = 0;
        for (int from = 0; from < samples.length; from += SAMPLES_PER_FRAME) {
            int count = Math.min(SAMPLES_PER_FRAME, samples.length - from);
            byte[] header = header(KIND_AUDIO, count * 2);
            System.arraycopy(header, 0, out, pos, 3);
            pos += 3;
            for (int i = 0; i < count; i++) {
                short s = samples[from + i];
                out[pos++] = (byte) s;
                out[pos++] = (byte) (s >> 8);
            }
        }
        return out;
    }

    /** Signed 16-bit little-endian samples; a trailing odd byte is dropped. */
    static short[] samples(byte[] payload) {
        short[] samples = new short[payload.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((payload[2 * i] & 0xff) | (payload[2 * i + 1] << 8));
        }
        return samples;
    }

    static UUID uuid(byte[] payload) {
        ByteBuffer b = ByteBuffer.wrap(payload);
        return new UUID(b.getLong(), b.getLong());
    }

    /**
     * The frame as the IVR sees it; null for frames Asterisk does not send mid-stream (a second UUID, unknown
     * kinds), which the session skips.
     */
    static Frame decode(Raw raw) {
        byte[] p = raw.payload();
        return switch (raw.kind()) {
            case KIND_AUDIO -> new Frame.Audio(samples(p));
            case KIND_DTMF -> p.length >= 1 ? new Frame.Dtmf((char) (p[0] & 0xff)) : null;
            case KIND_HANGUP -> Frame.HANGUP;
            case KIND_ERROR -> new Frame.Error(p.length >= 1 ? p[0] & 0xff : 0);
            default -> null;
        };
    }

    /** Reads frames from a stream, header and payload separately so that a caller can refuse a header. */
    static final class Reader {
        private final DataInputStream in;

        Reader(InputStream in) {
            this.in = new DataInputStream(in);
        }

        /** The next header as {kind, length}; null at end of stream before its first byte. */
        int[] header() throws IOException {
            int kind = in.read();
            if (kind < 0) {
                return null;
            }
            int length = in.readUnsignedShort();
            return new int[] {kind, length};
        }

        byte[] payload(int length) throws IOException {
            byte[] payload = new byte[length];
            in.readFully(payload);
            return payload;
        }

        /** A whole frame; null at a clean end of stream, {@link EOFException} inside a frame. */
        Raw frame() throws IOException {
            int[] header = header();
            return header == null ? null : new Raw(header[0], payload(header[1]));
        }
    }
}
