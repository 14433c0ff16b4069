package org.townhall.ivr.store;

import java.time.Instant;

/**
 * A stored callback request.
 *
 * @param claimedBy the console user working on it, or null; {@code claimedAt} is then null too
 */
public record Callback(long id, String callId, String number, String department, String topic, String messageFile,
                       Instant createdAt, CallbackStatus status, int attempts, String notes, Instant updatedAt,
                       String claimedBy, Instant claimedAt) {
}
