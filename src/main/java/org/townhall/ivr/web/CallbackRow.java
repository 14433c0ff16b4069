package org.townhall.ivr.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.townhall.ivr.store.Callback;
import org.townhall.ivr.store.CallbackStatus;

/**
 * One callback request as a row of the queue page.
 *
 * @param departmentName the department in the reader's language
 * @param hasMessage the caller's recorded message is on this server (then the page has a player)
 * @param mine the reader holds the claim
 * @param error why the last action was refused, or empty
 * @param notice what the last action did (e.g. how many attempts now), or empty
 */
public record CallbackRow(Callback callback, String departmentName, Duration age, String created,
                          boolean hasMessage, boolean mine, String error, String notice) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static CallbackRow of(Callback callback, String departmentName, Instant now, ZoneId zone, boolean hasMessage,
                          String reader, String error, String notice) {
        return new CallbackRow(callback, departmentName, Duration.between(callback.createdAt(), now),
                TIME.format(callback.createdAt().atZone(zone)), hasMessage, reader.equals(callback.claimedBy()), error,
                notice);
    }

    public boolean claimed() {
        return callback.claimedBy() != null;
    }

    public boolean closed() {
        return callback.status() == CallbackStatus.DONE || callback.status() == CallbackStatus.FAILED;
    }

    public boolean open() {
        return callback.status() == CallbackStatus.OPEN;
    }

    public long ageHours() {
        return Math.max(0, age.toHours());
    }

    public long ageMinutes() {
        return Math.max(0, age.toMinutesPart());
    }

    public String telLink() {
        return "tel:" + callback.number().replaceAll("[^0-9+*#]", "");
    }
}
