package org.townhall.ivr.audiosocket;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Asterisk's end of an AudioSocket connection for tests, written from the protocol (not from {@link FrameCodec}):
 * connects to the server and sends or reads raw frames.
 */
final class AsteriskSide implements AutoCloseable {

    /** A frame as read from the server. */
    record Frame(int kind, byte[] payload) {
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    AsteriskSide(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Connects and announces {@code id}, like app_audiosocket. */
    static AsteriskSide connect(int port, UUID id) throws IOException {
        AsteriskSide side = new AsteriskSide(port);
        side.send(uuidFrame(id));
        return side;
    }

    static byte[] uuidFrame(UUID id) {
        return ByteBuffer.allocate(19).put((byte) 0x01).putShort((short) 16)
                .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    static byte[] frame(int kind, byte[] payload) {
        return ByteBuffer.allocate(3 + payload.length).put((byte) kind).putShort((short) payload.length).put(payload)
                .array();
    }

    static byte[] audioFrame(short[] samples) {
        ByteBuffer payload = ByteBuffer.allocate(samples.length * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            payload.putShort(s);
        }
        return frame(0x10, payload.array());
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void sendAudio(short[] samples) throws IOException {
        send(audioFrame(samples));
    }

    /** The next frame from the server; null at the end of the stream. */
    Frame read() throws IOException {
        int kind = in.read();
        if (kind < 0) {
            return null;
        }
        int length = in.readUnsignedShort();
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame(kind, payload);
    }

    /** Whether the server closed the connection (read returns end of stream within the socket timeout). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException e) {
            return true; // reset
        }
    }

    void timeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    static short[] samples(byte[] payload) {
        short[] s = new short[payload.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((payload[2 * i] & 0xff) | (payload[2 * i + 1] << 8));
        }
        return s;
    }

    static short[] ramp(int length, int from) {
        short[] s = new short[length];
        for (int i = 0; i < length; i++) {
            s[i] = (short) ((from + i) * 7);
        }
        return s;
    }
}
