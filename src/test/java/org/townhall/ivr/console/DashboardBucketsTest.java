package org.townhall.ivr.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.townhall.ivr.console.DashboardFigures.Bucket;
import org.townhall.ivr.store.CallCount;
import org.townhall.ivr.store.Outcome;

/** Local hours and days from UTC quarter hours, across clock changes and in zones with odd offsets. */
class DashboardBucketsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static CallCount at(String utc, int calls) {
        return new CallCount(Instant.parse(utc), "roads", Outcome.TRANSFERRED, calls);
    }

    @Test
    @DisplayName("the night the clocks go back, 02:00 comes twice and each keeps its own calls")
    void autumnHasTwoTwoOClocks() {
        List<Bucket> hours = Dashboard.perHour(List.of(at("2026-10-25T00:30:00Z", 1), at("2026-10-25T01:30:00Z", 2)),
                LocalDate.parse("2026-10-25"), PARIS);

        assertEquals(25, hours.size());
        assertEquals(new Bucket("02:00 (UTC+02:00)", Instant.parse("2026-10-25T00:00:00Z"), 1), hours.get(2));
        assertEquals(new Bucket("02:00 (UTC+01:00)", Instant.parse("2026-10-25T01:00:00Z"), 2), hours.get(3));
    }

    @Test
    @DisplayName("the night the clocks go forward has 23 hours and no 02:00")
    void springHasNoTwoOClock() {
        List<Bucket> hours = Dashboard.perHour(List.of(at("2026-03-29T01:15:00Z", 1)), LocalDate.parse("2026-03-29"),
                PARIS);

        assertEquals(23, hours.size());
        assertEquals(List.of("00:00", "01:00", "03:00"), hours.subList(0, 3).stream().map(Bucket::label).toList());
        assertEquals(1, hours.get(2).calls(), "01:15 UTC is 03:15 in Paris, summer time");
    }

    @Test
    @DisplayName("in Kathmandu (UTC+05:45) a day starts at 18:15 UTC the day before, to the quarter hour")
    void quarterHourOffsets() {
        StatsPeriod period = new StatsPeriod(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"),
                LocalDate.parse("2026-12-02"), ZoneId.of("Asia/Kathmandu"));
        List<Bucket> days = Dashboard.perDay(List.of(at("2026-11-30T18:00:00Z", 1), at("2026-11-30T18:15:00Z", 2),
                at("2026-12-01T18:15:00Z", 4)), period);

        assertEquals(List.of(2, 4), days.stream().map(Bucket::calls).toList());
    }

    @Test
    @DisplayName("a call's topic is where it ended up in the menus, without the caller's words or scores")
    void topics() {
        assertEquals("to-roads", Dashboard.topic("main:2 > to-roads"));
        assertEquals("to-roads", Dashboard.topic("said:roads(0.93) > to-roads \"a pothole > there\""));
        assertEquals("said:roads", Dashboard.topic("said:roads(1.20)"));
        assertEquals("none", Dashboard.topic(""));
        assertEquals("none", Dashboard.topic(null));
    }
}
