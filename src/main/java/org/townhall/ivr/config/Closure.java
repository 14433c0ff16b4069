package org.townhall.ivr.config;

import java.time.LocalDate;

/** Days on which a department (or the whole town hall) is closed: a holiday is a one-day closure. */
public record Closure(LocalDate from, LocalDate to, String reason) {
    public Closure {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("closure ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
