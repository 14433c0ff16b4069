package org.townhall.ivr.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** The simulated timeline counts microseconds; audio positions are 8 kHz samples (125 µs each). */
final class Micros {

    static final long PER_MS = 1_000;
    static final long PER_SECOND = 1_000_000;
    static final long PER_SAMPLE = 125;

    private Micros() {
    }

    static long ofMillis(long ms) {
        return ms * PER_MS;
    }

    static long of(Duration d) {
        return d.toNanos() / 1_000;
    }

    static long ofSamples(long samples) {
        return samples * PER_SAMPLE;
    }

    /** Whole 8 kHz samples in a span of simulated time. */
    static long toSamples(long micros) {
        return micros / PER_SAMPLE;
    }

    static long toMillis(long micros) {
        return micros / PER_MS;
    }

    /** "1.5 s", "250 ms" for the dialogue. */
    static String human(long micros) {
        if (micros >= PER_SECOND) {
            return BigDecimal.valueOf(micros, 6).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " s";
        }
        return BigDecimal.valueOf(micros, 3).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " ms";
    }

    /** Milliseconds as the caller script writes them: "300", "1381.5". */
    static String scriptMillis(Duration d) {
        return BigDecimal.valueOf(d.toNanos(), 6).stripTrailingZeros().toPlainString();
    }
}
