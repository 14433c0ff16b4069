package org.townhall.ivr.config;

import java.time.LocalTime;

/** An opening slot within one day, start inclusive, end exclusive. */
public record TimeRange(LocalTime start, LocalTime end) {
    public TimeRange {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("opening time " + start + " is not before closing time " + end);
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
