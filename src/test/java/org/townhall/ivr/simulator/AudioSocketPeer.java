package org.townhall.ivr.simulator;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

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

    private final OneConnectionServer server;

    private AudioSocketPeer(Conversation conversation) throws IOException {
        server = new OneConnectionServer("audiosocket-peer", socket -> conversation.run(new Connection(socket)));
    }

    static AudioSocketPeer start(Conversation conversation) throws IOException {
        return new AudioSocketPeer(conversation);
    }

    int port() {
        return server.port();
    }

    /** Waits for the conversation to end and rethrows what went wrong in it. */
    void await() throws Exception {
        server.await();
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
