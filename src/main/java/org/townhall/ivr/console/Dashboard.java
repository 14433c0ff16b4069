package org.townhall.ivr.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.townhall.ivr.config.Department;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.console.DashboardFigures.Bucket;
import org.townhall.ivr.console.DashboardFigures.DepartmentFigures;
import org.townhall.ivr.console.DashboardFigures.SpeechFigures;
import org.townhall.ivr.console.DashboardFigures.TopicFigures;
import org.townhall.ivr.console.DashboardFigures.WaitingFigures;
import org.townhall.ivr.store.CallCount;
import org.townhall.ivr.store.CallStats;
import org.townhall.ivr.store.Outcome;
import org.townhall.ivr.store.SpeechCounts;
import org.townhall.ivr.store.TopicCount;
import org.townhall.ivr.store.WaitingCallbacks;

/**
 * The dashboard's figures: the store counts calls per UTC quarter hour, this puts the quarters into the town hall's
 * local hours and days (so a day of 23 or 25 hours around a clock change is counted right) and names departments
 * in the reader's language from the live configuration.
 */
public final class Dashboard {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    /** A score in a topic, e.g. {@code said:roads(0.93)}. */
    private static final Pattern SCORE = Pattern.compile("\\(\\d+(\\.\\d+)?\\)");

    private final CallStats stats;
    private final Supplier<TownHall> live;
    private final Clock clock;

    public Dashboard(CallStats stats, Supplier<TownHall> live, Clock clock) {
        this.stats = stats;
        this.live = live;
        this.clock = clock;
    }

    /** The period asked for (see {@link StatsPeriod#parse}), in the town hall's time zone. */
    public StatsPeriod period(String preset, String from, String to, String day) {
        return StatsPeriod.parse(preset, from, to, day, clock.instant(), live.get().zone());
    }

    public DashboardFigures figures(StatsPeriod period, String language) {
        TownHall townHall = live.get();
        List<CallCount> counts = stats.calls(period.start(), period.end());
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome.code(), 0);
        }
        outcomes.put(DashboardFigures.IN_PROGRESS, 0);
        int total = 0;
        for (CallCount count : counts) {
            outcomes.merge(code(count.outcome()), count.calls(), Integer::sum);
            total += count.calls();
        }
        return new DashboardFigures(period.from(), period.to(), period.day(), period.zone().getId(), total, outcomes,
                perHour(counts, period.day(), period.zone()), perDay(counts, period), departments(counts, townHall,
                language), topics(period), speech(stats.speech(period.start(), period.end())),
                waiting(townHall, language), clock.instant());
    }

    private static String code(Outcome outcome) {
        return outcome == null ? DashboardFigures.IN_PROGRESS : outcome.code();
    }

    /** The local hours of {@code day}: 23, 24 or 25 of them; a repeated hour (clock set back) shows its offset. */
    static List<Bucket> perHour(List<CallCount> counts, LocalDate day, ZoneId zone) {
        List<ZonedDateTime> starts = new ArrayList<>();
        ZonedDateTime end = day.plusDays(1).atStartOfDay(zone);
        for (ZonedDateTime hour = day.atStartOfDay(zone); hour.isBefore(end); hour = hour.plusHours(1)) {
            starts.add(hour);
        }
        Map<String, Integer> seen = new HashMap<>();
        starts.forEach(s -> seen.merge(HOUR.format(s), 1, Integer::sum));
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            ZonedDateTime start = starts.get(i);
            Instant from = start.toInstant();
            Instant to = i + 1 < starts.size() ? starts.get(i + 1).toInstant() : end.toInstant();
            String label = HOUR.format(start);
            if (seen.get(label) > 1) {
                label += " (UTC" + start.getOffset().getId().replace("Z", "+00:00") + ")";
            }
            buckets.add(new Bucket(label, from, sum(counts, from, to)));
        }
        return buckets;
    }

    static List<Bucket> perDay(List<CallCount> counts, StatsPeriod period) {
        List<Bucket> buckets = new ArrayList<>();
        for (LocalDate date = period.from(); !date.isAfter(period.to()); date = date.plusDays(1)) {
            Instant from = date.atStartOfDay(period.zone()).toInstant();
            Instant to = date.plusDays(1).atStartOfDay(period.zone()).toInstant();
            buckets.add(new Bucket(date.toString(), from, sum(counts, from, to)));
        }
        return buckets;
    }

    private static int sum(List<CallCount> counts, Instant from, Instant to) {
        return counts.stream().filter(c -> !c.quarter().isBefore(from) && c.quarter().isBefore(to))
                .mapToInt(CallCount::calls).sum();
    }

    /** Every configured department (even without calls), then departments of older versions, then none. */
    private static List<DepartmentFigures> departments(List<CallCount> counts, TownHall townHall, String language) {
        Map<String, Map<String, Integer>> outcomes = new LinkedHashMap<>();
        townHall.departments().keySet().forEach(id -> outcomes.put(id, new LinkedHashMap<>()));
        for (CallCount count : counts) {
            String id = count.department() == null ? DashboardFigures.NO_DEPARTMENT : count.department();
            outcomes.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(code(count.outcome()), count.calls(),
                    Integer::sum);
        }
        if (outcomes.containsKey(DashboardFigures.NO_DEPARTMENT)) {
            outcomes.put(DashboardFigures.NO_DEPARTMENT, outcomes.remove(DashboardFigures.NO_DEPARTMENT));
        }
        List<DepartmentFigures> departments = new ArrayList<>();
        outcomes.forEach((id, byOutcome) -> departments.add(new DepartmentFigures(id, name(townHall, id, language),
                byOutcome.values().stream().mapToInt(Integer::intValue).sum(), byOutcome)));
        return departments;
    }

    private List<TopicFigures> topics(StatsPeriod period) {
        Map<List<String>, Integer> topics = new LinkedHashMap<>();
        for (TopicCount count : stats.topics(period.start(), period.end())) {
            String department = count.department() == null ? DashboardFigures.NO_DEPARTMENT : count.department();
            topics.merge(List.of(topic(count.topic()), department), count.calls(), Integer::sum);
        }
        List<TopicFigures> figures = new ArrayList<>();
        topics.forEach((key, calls) -> figures.add(new TopicFigures(key.get(0), key.get(1), calls)));
        figures.sort((a, b) -> b.calls() != a.calls() ? Integer.compare(b.calls(), a.calls())
                : a.topic().compareTo(b.topic()));
        return figures;
    }

    /**
     * The topic of a stored qualification: the last step of the caller's path ({@code main:2 > to-roads} →
     * {@code to-roads}), without the caller's words or the recognition score; {@code none} for an empty path.
     */
    static String topic(String qualification) {
        if (qualification == null) {
            return DashboardFigures.NO_DEPARTMENT;
        }
        String path = qualification;
        int words = path.indexOf(" \"");
        if (words >= 0) {
            path = path.substring(0, words);
        }
        String[] steps = path.split(" > ");
        String last = SCORE.matcher(steps[steps.length - 1]).replaceAll("").strip();
        return last.isEmpty() ? DashboardFigures.NO_DEPARTMENT : last;
    }

    private static SpeechFigures speech(SpeechCounts s) {
        int percent = s.attempts() == 0 ? 0 : Math.round(s.routed() * 100f / s.attempts());
        return new SpeechFigures(s.turns(), s.understood(), s.notUnderstood(), s.silent(), s.confirmationsAsked(),
                s.attempts(), s.routedDirectly(), s.routedAfterConfirmation(), s.sentToKeys(), s.leftDuringSpeech(),
                percent);
    }

    private List<WaitingFigures> waiting(TownHall townHall, String language) {
        Instant now = clock.instant();
        List<WaitingFigures> waiting = new ArrayList<>();
        for (WaitingCallbacks w : stats.waitingCallbacks()) {
            waiting.add(new WaitingFigures(w.department(), name(townHall, w.department(), language), w.count(),
                    w.oldest(), minutes(w.oldest(), now), minutes(w.median(), now)));
        }
        return waiting;
    }

    private static long minutes(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toMinutes());
    }

    /** A department's name in {@code language} (else the default language), or its id if it is no longer configured. */
    private static String name(TownHall townHall, String id, String language) {
        Department department = townHall.departments().get(id);
        if (department == null) {
            return id;
        }
        return department.name().text(language).or(() -> department.name().text(townHall.defaultLanguage()))
                .orElse(id);
    }
}
