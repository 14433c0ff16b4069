package org.townhall.ivr.store;

import java.time.Instant;

/** A stored callback request. */
public record Callback(long id, String callId, String number, String department, String topic, String messageFile,
                       Instant createdAt, CallbackStatus status, int attempts, String notes, Instant updatedAt) {
}
