package org.townhall.ivr.audiosocket;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A session the IVR announced with {@link AudioSocketServer#expect} before sending {@code EXEC AudioSocket}: it
 * completes when Asterisk connects and sends the UUID.
 */
public final class PendingSession {

    private final UUID id;
    private final int port;
    private final Map<String, String> logContext;
    private final Consumer<UUID> forget;
    private final CompletableFuture<AudioSocketSession> session = new CompletableFuture<>();

    PendingSession(UUID id, int port, Map<String, String> logContext, Consumer<UUID> forget) {
        this.id = id;
        this.port = port;
        this.logContext = logContext;
        this.forget = forget;
    }

    public UUID id() {
        return id;
    }

    /**
     * The data of the dialplan application, {@code <uuid>,<host>:<port>}: what follows {@code EXEC AudioSocket}.
     * {@code host} is how Asterisk reaches this server (an IPv6 address gets its brackets).
     */
    public String applicationData(String host) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return id + "," + h + ":" + port;
    }

    /**
     * Waits for Asterisk to connect. On timeout the expectation is cancelled: a late connection is closed.
     *
     * @throws SocketTimeoutException when Asterisk did not connect in time (EXEC AudioSocket failed, or Asterisk
     *                                cannot reach this server)
     * @throws IOException            when the expectation was cancelled or the server closed
     */
    public AudioSocketSession await(Duration timeout) throws IOException, InterruptedException {
        try {
            return session.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            cancel();
            throw new SocketTimeoutException("Asterisk did not connect for AudioSocket session " + id + " within "
                    + timeout.toMillis() + " ms (EXEC AudioSocket failed, or Asterisk cannot reach port " + port + ")");
        } catch (CancellationException e) {
            throw new IOException("AudioSocket session " + id + " was cancelled", e);
        } catch (ExecutionException e) {
            throw new IOException("AudioSocket session " + id + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stops waiting; a connection arriving later is closed. A session already delivered is closed too. */
    public void cancel() {
        forget.accept(id);
        if (!session.cancel(false) && isConnected()) {
            session.join().close();
        }
    }

    public boolean isConnected() {
        return session.isDone() && !session.isCompletedExceptionally();
    }

    /** The logging context (MDC) of the thread that expected the session, for the session's reader thread. */
    Map<String, String> logContext() {
        return logContext;
    }

    /** Hands the connected session over; false (and the session is closed) when nobody waits any more. */
    boolean deliver(AudioSocketSession connected) {
        if (session.complete(connected)) {
            return true;
        }
        connected.close();
        return false;
    }

    void fail(IOException cause) {
        session.completeExceptionally(cause);
    }
}
