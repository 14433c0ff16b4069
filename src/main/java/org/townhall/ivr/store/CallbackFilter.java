package org.townhall.ivr.store;

import java.time.Instant;
import java.util.Set;

/**
 * Which callback requests to list, oldest first; null fields (and an empty set) do not filter.
 *
 * @param departments the departments to include; empty means every department
 * @param number only the requests of this phone number
 * @param createdBefore only requests made before this instant (older than an age)
 */
public record CallbackFilter(Set<String> departments, CallbackStatus status, String number, Instant createdBefore,
                             int limit) {
    public static final int MAX_LIMIT = 1000;

    public CallbackFilter {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    public static CallbackFilter from(String number, int limit) {
        return new CallbackFilter(Set.of(), null, number, null, limit);
    }
}
