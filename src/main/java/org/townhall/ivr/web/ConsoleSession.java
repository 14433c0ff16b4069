package org.townhall.ivr.web;

import java.time.Instant;

/** A signed-in browser: whose it is and the token its forms must carry (CSRF). */
record ConsoleSession(String id, long userId, String csrfToken, Instant createdAt, Instant lastSeen) {
    ConsoleSession seen(Instant now) {
        return new ConsoleSession(id, userId, csrfToken, createdAt, now);
    }
}
