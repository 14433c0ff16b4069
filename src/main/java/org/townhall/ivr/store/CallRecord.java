package org.townhall.ivr.store;

import java.time.Instant;
import java.util.List;

/** A call as stored: its summary and its path. {@code endedAt} and {@code outcome} are null while it is live. */
public record CallRecord(String id, String callerNumber, String callerName, String channel, Instant startedAt,
                         Instant endedAt, String language, Outcome outcome, String department, String topic,
                         String configVersion, List<CallStep> path) {
    public CallRecord {
        path = List.copyOf(path);
    }
}
