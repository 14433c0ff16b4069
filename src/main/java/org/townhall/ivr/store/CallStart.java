package org.townhall.ivr.store;

import java.time.Instant;

/** What is known when a call reaches the IVR. */
public record CallStart(String id, String callerNumber, String callerName, String channel, String language,
                        Instant startedAt, String configVersion) {
}
