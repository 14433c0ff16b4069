package org.townhall.ivr.store;

import java.time.Instant;

/** A version made live; the last publication is the live version. */
public record Publication(long seq, int number, String publishedBy, Instant publishedAt) {
}
