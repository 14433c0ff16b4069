package org.townhall.ivr.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A plain-socket FastAGI server for tests: accepts one connection and runs a scripted conversation. */
final class FastAgiPeer implements AutoCloseable {

    /** The server side of one conversation; runs on the peer's thread. */
    @FunctionalInterface
    interface Conversation {
        void run(Connection connection) throws Exception;
    }

    private final OneConnectionServer server;

    private FastAgiPeer(Conversation conversation) throws IOException {
        server = new OneConnectionServer("fastagi-peer", socket -> conversation.run(new Connection(socket)));
    }

    static FastAgiPeer start(Conversation conversation) throws IOException {
        return new FastAgiPeer(conversation);
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

    /** The accepted socket, line by line, byte-exact. */
    static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** The environment block, up to and including its empty line. */
        List<String> readEnvironment() throws IOException {
            List<String> lines = new ArrayList<>();
            String line;
            do {
                line = readLine();
                if (line == null) {
                    throw new IOException("EOF inside the environment block after " + lines);
                }
                lines.add(line);
            } while (!line.isEmpty());
            return lines;
        }

        /** One line without its {@code \n}; null at EOF. A {@code \r} would stay in the text (and fail tests). */
        String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
            if (line.size() > 0) {
                throw new IOException("unterminated line at EOF: " + line.toString(StandardCharsets.UTF_8));
            }
            return null;
        }

        void send(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** Sends a command and returns the first line of the answer. */
        String command(String line) throws IOException {
            send(line);
            return readLine();
        }

        /** Sends a command and returns the first line of the answer (an alias that reads better in loops). */
        String readLineAfter(String line) throws IOException {
            return command(line);
        }

        /** Everything until EOF. */
        String readRemaining() throws IOException {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        int localPort() {
            return socket.getLocalPort();
        }

        /** Half-close: the simulator sees EOF, we can still read what it sends afterwards. */
        void shutdownOutput() throws IOException {
            socket.shutdownOutput();
        }

        void close() throws IOException {
            socket.close();
        }
    }
}
