package org.townhall.ivr.audiosocket;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The AudioSocket listener: Asterisk's {@code AudioSocket} application connects here, announces a UUID, then
 * streams the caller's audio. The IVR announces each session first:
 *
 * <pre>
 * PendingSession pending = server.expect(AudioSocketServer.newSessionId());
 * // send EXEC AudioSocket pending.applicationData("10.0.0.5") on the AGI channel (it blocks until the stream ends)
 * try (AudioSocketSession audio = pending.await(Duration.ofSeconds(3))) {
 *     ... audio.read(...), audio.send(...) ...
 *     audio.hangup();
 * }
 * </pre>
 *
 * A connection whose first frame is not a UUID, or whose UUID nobody expects, is logged and closed; one thread
 * serves each connection, at most {@link AudioSocketConfig#maxSessions()} at a time.
 */
public final class AudioSocketServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AudioSocketServer.class);

    private final AudioSocketConfig config;
    private final Map<UUID, PendingSession> expected = new ConcurrentHashMap<>();
    private final Map<UUID, AudioSocketSession> active = new ConcurrentHashMap<>();
    private ServerSocket listener;
    private ThreadPoolExecutor connections;
    private Thread acceptor;
    private volatile boolean closed;

    public AudioSocketServer(AudioSocketConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A fresh random (version 4) UUID for {@link #expect}. */
    public static UUID newSessionId() {
        return UUID.randomUUID();
    }

    /**
     * Binds the port and starts accepting connections.
     *
     * @throws BindException when the port is taken (the message names it)
     */
    public synchronized AudioSocketServer start() throws IOException {
        if (listener != null || closed) {
            throw new IllegalStateException("an AudioSocket server starts once");
        }
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(config.bindAddress(), config.port()), 50);
        } catch (IOException e) {
            socket.close();
            BindException clear = new BindException("cannot listen for AudioSocket on " + config.bindAddress() + ":"
                    + config.port() + " (" + e.getMessage() + "): is another server using the port?");
            clear.initCause(e);
            throw clear;
        }
        listener = socket;
        String prefix = "audiosocket-" + socket.getLocalPort();
        AtomicInteger threads = new AtomicInteger();
        connections = new ThreadPoolExecutor(0, config.maxSessions(), 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, prefix + "-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        acceptor = new Thread(this::acceptLoop, prefix + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("AudioSocket server listening on {}:{}", config.bindAddress(), socket.getLocalPort());
        return this;
    }

    /** The bound port (the chosen one when the config says 0). */
    public int port() {
        if (listener == null) {
            throw new IllegalStateException("the AudioSocket server is not started");
        }
        return listener.getLocalPort();
    }

    /**
     * Announces the session {@code id}, before sending {@code EXEC AudioSocket} with it. The MDC of the calling
     * thread (e.g. the call id) is copied to the session's log lines.
     *
     * @throws IllegalStateException when the server is not running or {@code id} is already expected
     */
    public PendingSession expect(UUID id) {
        Objects.requireNonNull(id, "id");
        if (listener == null || closed) {
            throw new IllegalStateException("the AudioSocket server is not running");
        }
        Map<String, String> context = MDC.getCopyOfContextMap();
        PendingSession pending = new PendingSession(id, port(), context == null ? Map.of() : context,
                expected::remove);
        if (expected.putIfAbsent(id, pending) != null) {
            throw new IllegalStateException("AudioSocket session " + id + " is already expected");
        }
        return pending;
    }

    /** Sessions connected and not yet ended. */
    public int activeSessions() {
        return active.size();
    }

    /** Stops listening, fails the pending expectations and closes every session (without hang-up frames). */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            if (listener != null) {
                listener.close();
            }
        } catch (IOException e) {
            LOG.debug("AudioSocket listener close failed: {}", e.getMessage());
        }
        expected.values().forEach(p -> p.fail(new IOException("the AudioSocket server closed")));
        expected.clear();
        active.values().forEach(AudioSocketSession::close);
        if (connections != null) {
            connections.shutdownNow();
        }
        LOG.info("AudioSocket server closed");
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (SocketException e) {
                if (!closed) {
                    LOG.error("AudioSocket listener failed: {}", e.getMessage());
                }
                return;
            } catch (IOException e) {
                LOG.warn("AudioSocket accept failed: {}", e.getMessage());
                continue;
            }
            try {
                connections.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                LOG.warn("AudioSocket: {} connections already, refusing {}", config.maxSessions(),
                        socket.getRemoteSocketAddress());
                closeQuietly(socket);
            }
        }
    }

    /** One connection: the UUID handshake, then the session's reader loop. */
    private void serve(Socket socket) {
        Handshake.Result result = new Handshake(socket, config.connectTimeout(), expected).run();
        if (result == null) {
            closeQuietly(socket);
            return;
        }
        PendingSession pending = result.pending();
        AudioSocketSession session = result.session();
        active.put(session.id(), session);
        MDC.setContextMap(pending.logContext());
        try {
            if (closed || !pending.deliver(session)) {
                LOG.info("{}: nobody waits for it any more, closed", session);
                return;
            }
            LOG.debug("{}: connected", session);
            session.pump();
        } finally {
            active.remove(session.id(), session);
            session.close();
            MDC.clear();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do with it
        }
    }
}
