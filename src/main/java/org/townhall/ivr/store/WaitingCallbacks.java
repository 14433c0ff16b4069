package org.townhall.ivr.store;

import java.time.Instant;

/**
 * The open callback requests of one department: how many, when the oldest was made, and the median time they
 * were made (its distance to now is the median age).
 */
public record WaitingCallbacks(String department, int count, Instant oldest, Instant median) {
}
