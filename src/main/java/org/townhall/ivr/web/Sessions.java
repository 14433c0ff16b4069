package org.townhall.ivr.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.townhall.ivr.console.PasswordHasher;

/**
 * Browser sessions, in memory: a random 256-bit id in an HttpOnly, SameSite=Strict cookie. A new id at every
 * sign-in (no fixation); idle sessions expire. A restart signs everybody out, which a console can afford.
 */
final class Sessions {
    static final String COOKIE = "townhall_session";
    static final Duration IDLE = Duration.ofHours(8);

    private final Clock clock;
    private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();

    Sessions(Clock clock) {
        this.clock = clock;
    }

    ConsoleSession open(long userId) {
        String id = PasswordHasher.randomSecret();
        ConsoleSession session = new ConsoleSession(id, userId, PasswordHasher.randomSecret(), clock.instant(),
                clock.instant());
        sessions.put(id, session);
        return session;
    }

    Optional<ConsoleSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ConsoleSession session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastSeen().plus(IDLE).isBefore(clock.instant())) {
            sessions.remove(id);
            return Optional.empty();
        }
        ConsoleSession seen = session.seen(clock.instant());
        sessions.put(id, seen);
        return Optional.of(seen);
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Signs a user out everywhere (password changed, account disabled). */
    void closeAllOf(long userId) {
        sessions.values().removeIf(s -> s.userId() == userId);
    }
}
