package org.townhall.ivr.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the small value types of the configuration; each returns empty after recording a problem. */
final class Values {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private Values() {
    }

    static Optional<Duration> duration(YamlMap.Scalar s, Duration min, Duration max, Problems problems, String owner,
                                       String key) {
        Matcher m = DURATION.matcher(s.value().trim());
        if (!m.matches()) {
            problems.add(s.location(), owner, "'" + key + "' must be a duration such as 5s, 500ms or 2m, not '"
                    + s.value() + "'");
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            problems.add(s.location(), owner, "'" + key + "' is " + s.value() + ": it must be between "
                    + human(min) + " and " + human(max));
            return Optional.empty();
        }
        return Optional.of(d);
    }

    static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    static Optional<Integer> integer(YamlMap.Scalar s, int min, int max, Problems problems, String owner, String key) {
        try {
            int value = Integer.parseInt(s.value().trim());
            if (value < min || value > max) {
                problems.add(s.location(), owner, "'" + key + "' is " + value + ": it must be between " + min
                        + " and " + max);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problems.add(s.location(), owner, "'" + key + "' must be a whole number, not '" + s.value() + "'");
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(YamlMap.Scalar s, Problems problems, String owner) {
        try {
            return Optional.of(LocalDate.parse(s.value().trim()));
        } catch (DateTimeParseException e) {
            problems.add(s.location(), owner, "'" + s.value() + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-12-25");
            return Optional.empty();
        }
    }

    /** {@code mon}, {@code mon-fri}, {@code tue,thu}, {@code sat-sun}. */
    static Optional<Set<DayOfWeek>> days(String spec, Location location, Problems problems, String owner) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.toLowerCase(Locale.ROOT).split(",")) {
            String[] bounds = part.trim().split("-");
            if (bounds.length > 2 || !DAYS.contains(bounds[0].trim())
                    || (bounds.length == 2 && !DAYS.contains(bounds[1].trim()))) {
                problems.add(location, owner, "invalid hours: '" + spec + "' is not a day or a range of days "
                        + "(use mon, tue, wed, thu, fri, sat, sun, e.g. 'mon-fri' or 'tue,thu')");
                return Optional.empty();
            }
            int from = DAYS.indexOf(bounds[0].trim());
            int to = bounds.length == 2 ? DAYS.indexOf(bounds[1].trim()) : from;
            if (to < from) {
                problems.add(location, owner, "invalid hours: day range '" + part.trim() + "' goes backwards");
                return Optional.empty();
            }
            for (int d = from; d <= to; d++) {
                days.add(DayOfWeek.of(d + 1));
            }
        }
        return Optional.of(days);
    }

    /** {@code 08:30-17:30}. */
    static Optional<TimeRange> timeRange(YamlMap.Scalar s, Problems problems, String owner) {
        Matcher m = RANGE.matcher(s.value().trim());
        if (!m.matches()) {
            problems.add(s.location(), owner, "invalid hours: '" + s.value()
                    + "' is not an opening slot; write it as HH:MM-HH:MM, e.g. 08:30-17:30");
            return Optional.empty();
        }
        try {
            LocalTime start = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            LocalTime end = m.group(3).equals("24") && m.group(4).equals("00")
                    ? LocalTime.MAX : LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            return Optional.of(new TimeRange(start, end));
        } catch (java.time.DateTimeException e) {
            problems.add(s.location(), owner, "invalid hours: '" + s.value() + "' has a time that does not exist ("
                    + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            problems.add(s.location(), owner, "invalid hours: '" + s.value() + "': " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Rejects text that could break a prompt, a log line or an AGI command: control characters, line breaks. */
    static Optional<String> plainText(YamlMap.Scalar s, Problems problems, String owner, String what) {
        String text = s.value();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                problems.add(s.location(), owner, what + " contains a control character (U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1)
                        + "): write it on one line without tabs or line breaks");
                return Optional.empty();
            }
        }
        if (text.isBlank()) {
            problems.add(s.location(), owner, what + " is empty");
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }
}
