package org.townhall.ivr.store;

import java.time.Instant;

/** How and when a call left the IVR. {@code department} and {@code topic} may be null. */
public record CallEnd(Instant endedAt, Outcome outcome, String department, String topic, String language) {
}
