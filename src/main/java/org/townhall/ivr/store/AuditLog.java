package org.townhall.ivr.store;

import java.time.Instant;
import java.util.List;

/** What people changed through the console or the command line, newest first. */
public interface AuditLog {
    void record(Instant at, String actor, String action, String subject, String detail);

    List<AuditEntry> recent(int limit);
}
