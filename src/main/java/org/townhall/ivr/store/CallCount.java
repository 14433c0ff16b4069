package org.townhall.ivr.store;

import java.time.Instant;

/**
 * How many calls started in one UTC quarter hour for one department with one outcome.
 *
 * @param department null when the call never reached a department
 * @param outcome null while the call is still in progress
 */
public record CallCount(Instant quarter, String department, Outcome outcome, int calls) {
}
