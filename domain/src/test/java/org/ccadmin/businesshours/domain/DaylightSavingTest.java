package org.ccadmin.businesshours.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The daylight-saving edges of 2026 in zones of both hemispheres, one with a 30-minute change and one without
 * any, pinned against instants worked out by hand from each zone's published offsets (not by the code under
 * test): New York jumps 02:00 EST → 03:00 EDT on 8 March (07:00Z) and falls back 02:00 EDT → 01:00 EST on
 * 1 November (06:00Z); Berlin 02:00 CET → 03:00 CEST on 29 March (01:00Z) and 03:00 CEST → 02:00 CET on
 * 25 October (01:00Z); Sydney falls back 03:00 AEDT → 02:00 AEST on 5 April (16:00Z the day before) and jumps
 * 02:00 AEST → 03:00 AEDT on 4 October (16:00Z the day before); Lord Howe falls back 02:00 (+11:00) → 01:30
 * (+10:30) on 5 April (15:00Z) and jumps 02:00 (+10:30) → 02:30 (+11:00) on 4 October (15:30Z); Kolkata stays
 * at +05:30.
 */
class DaylightSavingTest {

    @Test
    void anIntervalThroughTheSkippedHourIsShortenedNotShifted() {
        DayHours day = day("America/New_York", LocalDate.of(2026, 3, 8), "01:30", "03:00");
        assertSpan(day, "2026-03-08T06:30:00Z", "2026-03-08T07:00:00Z");
        assertEquals(Duration.ofMinutes(30), day.openLength());
    }

    @Test
    void aStartInsideTheSkippedHourFallsOnTheJump() {
        assertSpan(day("America/New_York", LocalDate.of(2026, 3, 8), "02:30", "04:00"), "2026-03-08T07:00:00Z", "2026-03-08T08:00:00Z");
    }

    @Test
    void anIntervalWhollyInsideTheSkippedHourDoesNotHappen() {
        assertTrue(day("America/New_York", LocalDate.of(2026, 3, 8), "02:15", "02:45").spans().isEmpty());
        assertTrue(day("Australia/Lord_Howe", LocalDate.of(2026, 10, 4), "02:10", "02:20").spans().isEmpty());
    }

    @Test
    void anIntervalThroughTheRepeatedHourLastsTheExtraHour() {
        assertSpan(day("America/New_York", LocalDate.of(2026, 11, 1), "00:30", "02:30"), "2026-11-01T04:30:00Z", "2026-11-01T07:30:00Z");
        assertSpan(day("Europe/Berlin", LocalDate.of(2026, 10, 25), "02:00", "04:00"), "2026-10-25T00:00:00Z", "2026-10-25T03:00:00Z");
    }

    @Test
    void boundsInsideTheRepeatedHourTakeItsFirstStartAndItsLastEnd() {
        assertSpan(day("America/New_York", LocalDate.of(2026, 11, 1), "01:30", "05:00"), "2026-11-01T05:30:00Z", "2026-11-01T10:00:00Z");
        // Overnight from Saturday into the repeated hour: ends at the second 01:30.
        DayHours saturday = new BusinessCalendar(ZoneId.of("America/New_York"), BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null,
                List.of(new RegularInterval(DayOfWeek.SATURDAY, OpenInterval.of("22:00", "01:30"))), List.of()).hoursOn(LocalDate.of(2026, 10, 31));
        assertSpan(saturday, "2026-11-01T02:00:00Z", "2026-11-01T06:30:00Z");
    }

    @Test
    void theSouthernHemisphereChangesInAprilAndOctober() {
        assertSpan(day("Australia/Sydney", LocalDate.of(2026, 4, 5), "01:00", "04:00"), "2026-04-04T14:00:00Z", "2026-04-04T18:00:00Z");
        assertSpan(day("Australia/Sydney", LocalDate.of(2026, 10, 4), "01:00", "04:00"), "2026-10-03T15:00:00Z", "2026-10-03T17:00:00Z");
        assertSpan(day("Europe/Berlin", LocalDate.of(2026, 3, 29), "01:00", "04:00"), "2026-03-29T00:00:00Z", "2026-03-29T02:00:00Z");
    }

    @Test
    void lordHoweMovesItsClocksByHalfAnHour() {
        assertSpan(day("Australia/Lord_Howe", LocalDate.of(2026, 4, 5), "01:00", "03:00"), "2026-04-04T14:00:00Z", "2026-04-04T16:30:00Z");
        assertSpan(day("Australia/Lord_Howe", LocalDate.of(2026, 10, 4), "02:00", "03:00"), "2026-10-03T15:30:00Z", "2026-10-03T16:00:00Z");
    }

    @Test
    void aZoneWithoutDaylightSavingIsPlainOffsetArithmetic() {
        assertSpan(day("Asia/Kolkata", LocalDate.of(2026, 3, 8), "09:00", "17:00"), "2026-03-08T03:30:00Z", "2026-03-08T11:30:00Z");
        assertEquals(Duration.ofHours(24), always("Asia/Kolkata").hoursOn(LocalDate.of(2026, 11, 1)).openLength());
    }

    @Test
    void aWholeDayFollowsTheWallClock() {
        BusinessCalendar newYork = always("America/New_York");
        assertEquals(Duration.ofHours(23), newYork.hoursOn(LocalDate.of(2026, 3, 8)).openLength());
        assertEquals(Duration.ofHours(25), newYork.hoursOn(LocalDate.of(2026, 11, 1)).openLength());
        assertEquals(Duration.ofHours(24), newYork.hoursOn(LocalDate.of(2026, 11, 2)).openLength());
        assertEquals(Duration.ofMinutes(23 * 60 + 30), always("Australia/Lord_Howe").hoursOn(LocalDate.of(2026, 10, 4)).openLength());
        assertEquals(Duration.ofMinutes(24 * 60 + 30), always("Australia/Lord_Howe").hoursOn(LocalDate.of(2026, 4, 5)).openLength());
    }

    @Test
    void statusAcrossTheJumpIsContinuousForA24x7Hour() {
        BusinessCalendar newYork = always("America/New_York");
        for (String t : List.of("2026-03-08T06:59:00Z", "2026-03-08T07:00:00Z", "2026-11-01T05:59:00Z", "2026-11-01T06:30:00Z")) {
            assertTrue(newYork.statusAt(Instant.parse(t)).open(), t);
        }
    }

    private static DayHours day(String zone, LocalDate date, String start, String end) {
        return new BusinessCalendar(ZoneId.of(zone), BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null,
                List.of(new RegularInterval(date.getDayOfWeek(), OpenInterval.of(start, end))), List.of()).hoursOn(date);
    }

    private static BusinessCalendar always(String zone) {
        return new BusinessCalendar(ZoneId.of(zone), BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.CALENDAR, null, List.of(), List.of());
    }

    private static void assertSpan(DayHours day, String start, String end) {
        assertEquals(1, day.spans().size(), () -> "one span: " + day);
        assertEquals(Instant.parse(start), day.spans().get(0).start(), "start");
        assertEquals(Instant.parse(end), day.spans().get(0).end(), "end");
    }
}
