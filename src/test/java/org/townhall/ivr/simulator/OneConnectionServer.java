package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicReference;

/** A loopback server for tests that accepts one connection and runs a scripted conversation on its own thread. */
final class OneConnectionServer implements AutoCloseable {
    /** The server side of the conversation. */
    @FunctionalInterface
    interface Handler {
        void run(Socket socket) throws Exception;
    }

    private final ServerSocket server;
    private final Thread thread;
    private final String name;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    OneConnectionServer(String name, Handler handler) throws IOException {
        this.name = name;
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(15_000);
                handler.run(socket);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Waits for the conversation to end and rethrows what went wrong in it. */
    void await() throws Exception {
        thread.join(30_000);
        assertFalse(thread.isAlive(), "the " + name + "'s conversation did not finish");
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
}
