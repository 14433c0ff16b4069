package org.townhall.ivr.config;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a department answers the phone: weekly slots in its time zone, minus closures (holidays,
 * exceptional closures). A department without any slot is never open.
 */
public record OpeningHours(ZoneId zone, Map<DayOfWeek, List<TimeRange>> weekly, List<Closure> closures) {
    public OpeningHours {
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, ranges) -> copy.put(day, List.copyOf(ranges)));
        weekly = java.util.Collections.unmodifiableMap(copy);
        closures = List.copyOf(closures);
    }

    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (closures.stream().anyMatch(c -> c.covers(day))) {
            return false;
        }
        return weekly.getOrDefault(local.getDayOfWeek(), List.of()).stream()
                .anyMatch(r -> r.contains(local.toLocalTime()));
    }
}
