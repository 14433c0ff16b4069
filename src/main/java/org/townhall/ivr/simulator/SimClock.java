package org.townhall.ivr.simulator;

import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;

/**
 * The simulated timeline. Simulated time advances by what Asterisk would spend (prompt lengths, waits, timeouts)
 * and, when the scale is above zero, by the server's own think time (converted back from wall-clock time). Every
 * simulated advance sleeps {@code scale} times as long in real time.
 */
final class SimClock {

    private final double scale;
    private long nowMicros;

    SimClock(double scale) {
        this.scale = scale;
    }

    long now() {
        return nowMicros;
    }

    double scale() {
        return scale;
    }

    /** Spends {@code micros} of simulated time, sleeping the scaled amount. */
    void advance(long micros) throws InterruptedIOException {
        if (micros <= 0) {
            return;
        }
        nowMicros += micros;
        long realNanos = (long) (micros * 1_000 * scale);
        if (realNanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(realNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("simulated call interrupted");
            }
        }
    }

    void advanceTo(long micros) throws InterruptedIOException {
        advance(micros - nowMicros);
    }

    /** Moves the timeline forward without sleeping (the real time was already spent elsewhere). */
    void catchUpTo(long micros) {
        nowMicros = Math.max(nowMicros, micros);
    }

    /** Accounts for wall-clock time spent waiting on the server. */
    void addWallTime(long wallNanos) {
        if (scale > 0 && wallNanos > 0) {
            nowMicros += (long) (wallNanos / 1_000.0 / scale);
        }
    }

    /** Real milliseconds corresponding to a span of simulated time. */
    long realMillis(long simMicros) {
        return (long) Math.ceil(simMicros * scale / 1_000.0);
    }
}
