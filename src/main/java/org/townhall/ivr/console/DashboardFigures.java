package org.townhall.ivr.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows for a period: calls per hour of the chosen day and per day, by department, topic and
 * outcome, how speech routing went, and the callbacks waiting now (whatever the period).
 *
 * @param outcomes calls per outcome code ({@code transferred}, {@code callback}, {@code hung-up}, {@code ended},
 *                 {@code error}, {@code interrupted}, and {@code in-progress} for calls not ended yet)
 */
public record DashboardFigures(LocalDate from, LocalDate to, LocalDate day, String zone, int calls,
                               Map<String, Integer> outcomes, List<Bucket> perHour, List<Bucket> perDay,
                               List<DepartmentFigures> departments, List<TopicFigures> topics, SpeechFigures speech,
                               List<WaitingFigures> waiting, Instant computedAt) {
    /** Code of the outcome of calls still in progress. */
    public static final String IN_PROGRESS = "in-progress";
    /** Department id of calls that reached none. */
    public static final String NO_DEPARTMENT = "none";

    /** Calls in one hour or day; {@code label} is the local time ({@code 09:00}) or date. */
    public record Bucket(String label, Instant start, int calls) {
    }

    public record DepartmentFigures(String id, String name, int calls, Map<String, Integer> outcomes) {
    }

    /** A topic: the step of the menu where calls ended up (e.g. {@code to-roads}), per department. */
    public record TopicFigures(String topic, String department, int calls) {
    }

    /** Speech routing: see {@link org.townhall.ivr.store.SpeechCounts}; {@code routedPercent} of attempts. */
    public record SpeechFigures(int turns, int understood, int notUnderstood, int silent, int confirmationsAsked,
                                int attempts, int routedDirectly, int routedAfterConfirmation, int sentToKeys,
                                int leftDuringSpeech, int routedPercent) {
    }

    /** Open callback requests of a department; ages in minutes, now. */
    public record WaitingFigures(String department, String name, int count, Instant oldest, long oldestAgeMinutes,
                                 long medianAgeMinutes) {
    }

    /** The width of a bar for {@code value} on a scale where the largest of {@code values} is 100 (percent). */
    public static int percent(int value, int largest) {
        return largest <= 0 ? 0 : Math.max(value > 0 ? 1 : 0, Math.round(value * 100f / largest));
    }

    public int busiestHour() {
        return perHour.stream().mapToInt(Bucket::calls).max().orElse(0);
    }

    public int busiestDay() {
        return perDay.stream().mapToInt(Bucket::calls).max().orElse(0);
    }

    public int busiestDepartment() {
        return departments.stream().mapToInt(DepartmentFigures::calls).max().orElse(0);
    }
}
