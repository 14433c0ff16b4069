package org.townhall.ivr.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins for one account or from one address
 * within {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window. A successful
 * sign-in clears the account's failures.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the account or the address must wait before trying again; zero if it may try now. */
    public Duration waitBefore(String account, String address) {
        Duration a = wait(key("user", account));
        Duration b = wait(key("addr", address));
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String account, String address) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // an attack on many names: forget rather than grow without bound
        }
        Instant now = clock.instant();
        for (String key : new String[] {key("user", account), key("addr", address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
                while (times.size() > MAX_FAILURES) {
                    times.removeFirst();
                }
            }
        }
    }

    public void succeeded(String account) {
        failures.remove(key("user", account));
    }

    private Duration wait(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant now = clock.instant();
            times.removeIf(t -> t.plus(WINDOW).isBefore(now));
            if (times.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(WINDOW));
        }
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.toLowerCase(java.util.Locale.ROOT));
    }
}
