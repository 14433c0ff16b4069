package org.townhall.ivr.store;

/** Filters for listing calls, newest first; null fields do not filter. */
public record CallQuery(String department, Outcome outcome, int limit) {
    public CallQuery {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, not " + limit);
        }
    }

    public static CallQuery latest(int limit) {
        return new CallQuery(null, null, limit);
    }
}
