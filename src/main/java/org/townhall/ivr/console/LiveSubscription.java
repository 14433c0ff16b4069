package org.townhall.ivr.console;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One browser's feed of live events: a bounded queue filled by the calls' threads and drained by the browser's
 * connection. When the browser falls behind and the queue is full, the feed ends (the browser reconnects and gets
 * a fresh snapshot): the calls never wait for a browser.
 */
public final class LiveSubscription implements AutoCloseable {
    /** Put in the queue when the feed closes, to wake the connection waiting on it. */
    private static final LiveEvent CLOSED = new LiveEvent("closed", null, null);

    private final BlockingQueue<LiveEvent> queue;
    private final Predicate<String> servesDepartment;
    private final Runnable onClose;
    private volatile boolean open = true;

    LiveSubscription(int capacity, Predicate<String> servesDepartment, Runnable onClose) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.servesDepartment = servesDepartment;
        this.onClose = onClose;
    }

    /**
     * Called from the calls' threads; never blocks. Events of departments the reader does not serve become a bare
     * {@code call-gone}. False when the feed was full and has just been ended.
     */
    boolean offer(LiveEvent event) {
        if (!open) {
            return true;
        }
        boolean theirs = event.department() == null || servesDepartment.test(event.department());
        if (queue.offer(theirs ? event : LiveEvent.gone(event.call().callId()))) {
            return true;
        }
        close();
        return false;
    }

    /** The next event, waiting at most {@code timeout}; empty on time-out or once the feed is closed. */
    public Optional<LiveEvent> next(Duration timeout) throws InterruptedException {
        if (!open) {
            return Optional.empty();
        }
        LiveEvent event = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return event == CLOSED ? Optional.empty() : Optional.ofNullable(event);
    }

    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            queue.clear();
            queue.offer(CLOSED);
            onClose.run();
        }
    }
}
