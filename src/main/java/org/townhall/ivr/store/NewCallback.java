package org.townhall.ivr.store;

import java.time.Instant;

/** A callback request as the IVR takes it. {@code messageFile} may be null (no message left). */
public record NewCallback(String callId, String number, String department, String topic, String messageFile,
                          Instant createdAt) {
}
