package org.townhall.ivr.console;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days the dashboard shows, in the town hall's time zone, both ends included, and the day whose hours it
 * details. Made from what a person typed: a preset ({@code today}, {@code 7d}, {@code 30d}) or two dates.
 */
public record StatsPeriod(LocalDate from, LocalDate to, LocalDate day, ZoneId zone) {
    public static final int MAX_DAYS = 366;

    public StatsPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'from' (" + from + ") must not be after 'to' (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a period covers at most " + MAX_DAYS + " days");
        }
        if (day.isBefore(from) || day.isAfter(to)) {
            throw new IllegalArgumentException("'day' (" + day + ") must be within the period " + from + " … " + to);
        }
    }

    /**
     * The period asked for: {@code from}/{@code to} dates when given (ISO, e.g. 2026-12-01; a missing end is
     * {@code today}), else the preset (default {@code today}); the hours of {@code day}, default the period's
     * last day.
     */
    public static StatsPeriod parse(String preset, String from, String to, String day, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate start;
        LocalDate end;
        if (blank(from) && blank(to)) {
            end = today;
            start = switch (blank(preset) ? "today" : preset) {
                case "today" -> today;
                case "7d" -> today.minusDays(6);
                case "30d" -> today.minusDays(29);
                default -> throw new IllegalArgumentException("unknown period '" + preset
                        + "' (today, 7d or 30d, or give from and to)");
            };
        } else {
            end = blank(to) ? today : date("to", to);
            start = blank(from) ? end : date("from", from);
        }
        return new StatsPeriod(start, end, blank(day) ? end : date("day", day), zone);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date such as 2026-12-01, not '" + text + "'");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
