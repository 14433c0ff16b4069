package org.townhall.ivr.store;

import java.time.Instant;

/** One change made through the console: who did what to which thing, and the details. */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail) {
}
