package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A plain-socket AudioSocket server for tests, written from the protocol and the traces, independent of the
 * IVR's own {@code audiosocket} package: accepts one connection and runs a scripted conversation.
 */
final class AudioSocketPeer implements AutoCloseable {

    @FunctionalInterface
    interface Conversation {
        void run(Connection connection) throws Exception;
    }

    /** One frame as read: its kind and payload. */
    record Frame(int kind, byte[] payload) {
        boolean isAudio() {
            return kind == 0x10;
        }

        short[] samples() {
            short[] samples = new short[payload.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((payload[2 * i] & 0xff) | (payload[2 * i + 1] << 8));
            }
            return samples;
        }
    }

    private final ServerSocket server;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private AudioSocketPeer(Conversation conversation) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(15_000);
                conversation.run(new Connection(socket));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "audiosocket-peer");
        thread.setDaemon(true);
        thread.start();
    }

    static AudioSocketPeer start(Conversation conversation) throws IOException {
        return new AudioSocketPeer(conversation);
    }

    int port() {
        return server.getLocalPort();
    }

    void await() throws Exception {
        thread.join(30_000);
        assertFalse(thread.isAlive(), "the AudioSocket peer's conversation did not finish");
        Throwable t = failure.get();
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** The accepted socket, frame by frame. */
    static final class Connection {
        private final Socket socket;
        private final DataInputStream in;
        private final OutputStream out;
        int audioFramesRead;
        long audioSamplesRead;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        /** The next frame; null at a clean end of stream. */
        Frame read() throws IOException {
            int kind = in.read();
            if (kind < 0) {
                return null;
            }
            int length = in.readUnsignedShort();
            byte[] payload = new byte[length];
            in.readFully(payload);
            Frame frame = new Frame(kind, payload);
            if (frame.isAudio()) {
                audioFramesRead++;
                audioSamplesRead += payload.length / 2;
            }
            return frame;
        }

        /** Reads until the stream ends; throws if it does not. */
        void readToEnd() throws IOException {
            try {
                while (read() != null) {
                    // drain
                }
            } catch (EOFException e) {
                throw new AssertionError("the stream ended inside a frame", e);
            }
        }

        void sendAudio(short[] samples) throws IOException {
            out.write(AudioSocketWire.audioFrame(samples));
            out.flush();
        }

        void sendRaw(byte... bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        void sendHangup() throws IOException {
            sendRaw((byte) 0, (byte) 0, (byte) 0);
        }

        void shutdownOutput() throws IOException {
            socket.shutdownOutput();
        }
    }
}
