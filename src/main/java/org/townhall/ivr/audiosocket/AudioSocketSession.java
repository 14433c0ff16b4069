package org.townhall.ivr.audiosocket;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's audio stream with Asterisk, after it announced the session's UUID. A reader thread of the server
 * queues what Asterisk sends; the IVR reads it with {@link #read}, and streams audio back with {@link #send}.
 *
 * <p>{@link #send}, {@link #hangup} and {@link #close} may be called from any thread; {@link #read} is meant for
 * one thread (the call's audio loop).
 */
public final class AudioSocketSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AudioSocketSession.class);

    /** Queued frames before the reader stops reading (and TCP pushes back): 60 s of 20 ms frames. */
    static final int QUEUE_CAPACITY = 3000;
    /** A connection with no byte either way for this long is dead (Asterisk itself gives up after 2 s). */
    static final long IDLE_LIMIT_MILLIS = 30_000;
    private static final int READ_SLICE_MILLIS = 1_000;
    private static final long HANGUP_LOCK_MILLIS = 1_000;

    private final UUID id;
    private final Socket socket;
    private final FrameCodec.Reader reader;
    private final OutputStream out;
    private final String name;
    private final BlockingQueue<Frame> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicLong samplesReceived = new AtomicLong();
    private final AtomicLong samplesSent = new AtomicLong();
    private volatile boolean closed;
    private volatile boolean ended;
    private volatile long lastActivityNanos = System.nanoTime();

    AudioSocketSession(UUID id, Socket socket, FrameCodec.Reader reader) throws IOException {
        this.id = id;
        this.socket = socket;
        this.reader = reader;
        this.out = socket.getOutputStream();
        this.name = "AudioSocket " + id + " (" + socket.getRemoteSocketAddress() + ")";
    }

    public UUID id() {
        return id;
    }

    /**
     * The next frame from Asterisk, waiting at most {@code timeout}; empty when nothing arrived in time. After the
     * stream ended, returns {@link Frame.Closed} at once, every time.
     */
    public Optional<Frame> read(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Frame frame = queue.poll();
            if (frame == null && ended) {
                frame = queue.poll();
                return Optional.of(frame == null ? Frame.CLOSED : frame);
            }
            if (frame == null) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return Optional.empty();
                }
                frame = queue.poll(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            }
            if (frame != null) {
                return Optional.of(frame);
            }
        }
    }

    /**
     * Streams {@code samples} (16-bit linear, 8 kHz, mono) to the caller as audio frames of at most 20 ms. Returns
     * once the bytes are handed to the socket: pacing is the caller's job (see {@link PromptPlayer}).
     *
     * @throws IOException when the session is closed or the connection broke
     */
    public void send(short[] samples) throws IOException {
        Objects.requireNonNull(samples, "samples");
        if (samples.length == 0) {
            return;
        }
        byte[] bytes = FrameCodec.audio(samples);
        writeLock.lock();
        try {
            if (closed) {
                throw new IOException(name + " is closed");
            }
            out.write(bytes);
            out.flush();
            samplesSent.addAndGet(samples.length);
            lastActivityNanos = System.nanoTime();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Ends the stream the way the IVR should: a hang-up frame, then the socket is closed. Asterisk's
     * {@code EXEC AudioSocket} then returns 0 and the call goes on. Waits for a send in progress, so that no frame
     * is cut in two. Idempotent; never throws.
     */
    public void hangup() {
        shutdown(true);
    }

    /**
     * Closes the socket without a hang-up frame (Asterisk returns 0 too), after a send in progress. Idempotent.
     */
    @Override
    public void close() {
        shutdown(false);
    }

    /** Whether this side can still send: neither closed here nor ended by Asterisk. */
    public boolean isOpen() {
        return !closed && !ended;
    }

    /** Audio samples received from Asterisk so far (8 kHz: 8,000 a second). */
    public long samplesReceived() {
        return samplesReceived.get();
    }

    /** Audio samples sent to Asterisk so far. */
    public long samplesSent() {
        return samplesSent.get();
    }

    @Override
    public String toString() {
        return name;
    }

    /** The reader loop, run by the connection's thread until the stream ends. */
    void pump() {
        try {
            socket.setSoTimeout(READ_SLICE_MILLIS);
            while (!closed) {
                FrameCodec.Raw raw;
                try {
                    raw = reader.frame();
                } catch (SocketTimeoutException e) {
                    if (idleMillis() >= IDLE_LIMIT_MILLIS) {
                        LOG.warn("{}: nothing sent or received for {} s, closing", name, IDLE_LIMIT_MILLIS / 1000);
                        break;
                    }
                    continue;
                }
                if (raw == null) {
                    LOG.debug("{}: Asterisk closed the stream", name);
                    break;
                }
                lastActivityNanos = System.nanoTime();
                Frame frame = FrameCodec.decode(raw);
                if (frame == null) {
                    LOG.warn("{}: skipping an unexpected frame of kind {} ({} bytes)", name,
                            String.format("0x%02x", raw.kind()), raw.payload().length);
                    continue;
                }
                if (frame instanceof Frame.Audio audio) {
                    samplesReceived.addAndGet(audio.samples().length);
                }
                if (!queue.offer(frame)) {
                    LOG.warn("{}: the IVR is {} s behind the caller's audio; waiting for it", name,
                            QUEUE_CAPACITY / 50);
                    queue.put(frame);
                }
            }
        } catch (EOFException e) {
            LOG.warn("{}: the stream ended inside a frame", name);
        } catch (IOException e) {
            if (!closed) {
                LOG.info("{}: connection lost: {}", name, e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended = true;
            queue.offer(Frame.CLOSED);
            closeSocket();
        }
    }

    private void shutdown(boolean hangupFrame) {
        boolean locked = false;
        try {
            locked = writeLock.tryLock(HANGUP_LOCK_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (!locked) {
                LOG.warn("{}: a send is stuck, closing at once", name);
            } else if (hangupFrame && !closed) {
                out.write(FrameCodec.hangup());
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("{}: hang-up frame not sent: {}", name, e.getMessage());
        } finally {
            closed = true;
            if (locked) {
                writeLock.unlock();
            }
            closeSocket();
        }
    }

    private long idleMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastActivityNanos);
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("{}: close failed: {}", name, e.getMessage());
        }
    }
}
