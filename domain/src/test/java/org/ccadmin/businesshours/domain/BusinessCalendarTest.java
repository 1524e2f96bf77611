package org.ccadmin.businesshours.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final int CHRISTMAS = 1001;
    private static final int LATE_OPENING = 1002;

    private static List<RegularInterval> weekdays(String start, String end) {
        List<RegularInterval> week = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(new RegularInterval(d, OpenInterval.of(start, end)));
        }
        return week;
    }

    private static BusinessCalendar calendar(List<RegularInterval> regular, List<SpecialDay> special) {
        return new BusinessCalendar(NEW_YORK, BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null, regular, special);
    }

    private static Instant at(String wall) {
        return LocalDateTime.parse(wall).atZone(NEW_YORK).toInstant();
    }

    @Test
    void regularHoursGiveTheSystemReasonsAndTheNextBoundary() {
        BusinessCalendar c = calendar(weekdays("09:00", "17:00"), List.of());
        BusinessStatus monday = c.statusAt(at("2026-12-07T10:00"));
        assertTrue(monday.open());
        assertEquals(SystemReasons.OPEN_REGULAR_HOURS, monday.reasonCode());
        assertEquals(HoursSource.REGULAR, monday.source());
        assertEquals(at("2026-12-07T17:00"), monday.until());

        BusinessStatus friday = c.statusAt(at("2026-12-11T18:00"));
        assertFalse(friday.open());
        assertEquals(SystemReasons.CLOSED_REGULAR_HOURS, friday.reasonCode());
        assertEquals(at("2026-12-14T09:00"), friday.until(), "closed over the weekend until Monday 09:00");
    }

    @Test
    void aHolidayClosesTheDayWithItsReasonAndTheReasonChangesAtMidnight() {
        BusinessCalendar c = calendar(weekdays("09:00", "17:00"),
                List.of(SpecialDay.closed(new DateRule.YearlyOn(MonthDay.of(12, 25)), "Christmas", CHRISTMAS)));
        BusinessStatus christmas = c.statusAt(at("2026-12-25T10:00"));
        assertFalse(christmas.open());
        assertEquals(CHRISTMAS, christmas.reasonCode());
        assertEquals(HoursSource.HOLIDAY, christmas.source());
        assertEquals(at("2026-12-26T00:00"), christmas.until(), "still closed on Saturday, for the regular reason");
        assertEquals(CHRISTMAS, c.statusAt(at("2027-12-25T10:00")).reasonCode(), "and again next year");
    }

    @Test
    void aSpecialDayWithHoursOfItsOwnReplacesTheRegularHours() {
        BusinessCalendar c = calendar(weekdays("09:00", "17:00"),
                List.of(SpecialDay.open(new DateRule.Once(LocalDate.of(2026, 12, 24)), List.of(OpenInterval.of("11:00", "14:00")), "Eve", LATE_OPENING)));
        assertFalse(c.statusAt(at("2026-12-24T10:00")).open());
        assertEquals(LATE_OPENING, c.statusAt(at("2026-12-24T10:00")).reasonCode());
        BusinessStatus open = c.statusAt(at("2026-12-24T12:00"));
        assertTrue(open.open());
        assertEquals(LATE_OPENING, open.reasonCode());
        assertEquals(HoursSource.SPECIAL_DAY, open.source());
        assertEquals(at("2026-12-24T14:00"), open.until());
    }

    @Test
    void aOneOffDateOverridesAYearlyHolidayOnTheSameDate() {
        BusinessCalendar c = calendar(weekdays("09:00", "17:00"), List.of(
                SpecialDay.closed(new DateRule.YearlyOn(MonthDay.of(12, 25)), "Christmas", CHRISTMAS),
                SpecialDay.open(new DateRule.Once(LocalDate.of(2026, 12, 25)), List.of(OpenInterval.of("10:00", "12:00")), "Open this year", LATE_OPENING)));
        assertTrue(c.statusAt(at("2026-12-25T11:00")).open());
        assertEquals(CHRISTMAS, c.statusAt(at("2027-12-25T11:00")).reasonCode());
    }

    @Test
    void anOvernightIntervalBelongsToTheDayItStartsEvenBeforeAHoliday() {
        BusinessCalendar c = calendar(List.of(new RegularInterval(DayOfWeek.FRIDAY, OpenInterval.of("22:00", "06:00"))),
                List.of(SpecialDay.closed(new DateRule.Once(LocalDate.of(2026, 12, 26)), "Boxing Day", CHRISTMAS)));
        BusinessStatus night = c.statusAt(at("2026-12-26T03:00"));
        assertTrue(night.open());
        assertEquals(SystemReasons.OPEN_REGULAR_HOURS, night.reasonCode());
        assertEquals(at("2026-12-26T06:00"), night.until());
        assertEquals(CHRISTMAS, c.statusAt(at("2026-12-26T07:00")).reasonCode());
    }

    @Test
    void aForcedStatusWinsOverEverythingUntilChanged() {
        BusinessCalendar c = new BusinessCalendar(NEW_YORK, BusinessHourType.CUSTOM, ConfiguredStatus.FORCE_CLOSE, 1003,
                weekdays("09:00", "17:00"), List.of());
        BusinessStatus s = c.statusAt(at("2026-12-07T10:00"));
        assertFalse(s.open());
        assertEquals(1003, s.reasonCode());
        assertEquals(HoursSource.FORCED, s.source());
        assertNull(s.until());
        BusinessCalendar open = new BusinessCalendar(NEW_YORK, BusinessHourType.CUSTOM, ConfiguredStatus.FORCE_OPEN, 1004,
                weekdays("09:00", "17:00"), List.of());
        assertTrue(open.statusAt(at("2026-12-12T03:00")).open());
        assertEquals(1004, open.hoursOn(LocalDate.of(2026, 12, 12)).reasonCode());
    }

    @Test
    void a24x7HourWithoutSpecialDaysNeverChanges() {
        BusinessCalendar c = new BusinessCalendar(NEW_YORK, BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.CALENDAR, null, List.of(), List.of());
        BusinessStatus s = c.statusAt(at("2026-12-07T10:00"));
        assertTrue(s.open());
        assertEquals(SystemReasons.OPEN_24X7, s.reasonCode());
        assertNull(s.until());
    }

    @Test
    void adjacentIntervalsOfOneDayAreOneOpenStretch() {
        BusinessCalendar c = calendar(List.of(new RegularInterval(DayOfWeek.MONDAY, OpenInterval.of("09:00", "12:00")),
                new RegularInterval(DayOfWeek.MONDAY, OpenInterval.of("12:00", "13:00"))), List.of());
        assertEquals(at("2026-12-07T13:00"), c.statusAt(at("2026-12-07T10:00")).until());
    }

    @Test
    void theEffectiveHoursOfARangeListEveryDateWithWhatDecidedIt() {
        BusinessCalendar c = calendar(weekdays("09:00", "17:00"),
                List.of(SpecialDay.closed(new DateRule.YearlyWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving", CHRISTMAS)));
        List<DayHours> week = c.effective(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29));
        assertEquals(7, week.size());
        assertEquals(HoursSource.REGULAR, week.get(0).source());
        assertEquals(HoursSource.HOLIDAY, week.get(3).source(), "26 November 2026 is the 4th Thursday");
        assertTrue(week.get(3).spans().isEmpty());
        assertTrue(week.get(5).spans().isEmpty(), "Saturday");
        assertEquals(at("2026-11-27T09:00"), week.get(4).spans().get(0).start());
    }

    /**
     * An independent check over three months around both of New York's clock changes: minute by minute, the
     * status must be what reading the wall clock against the configured intervals gives. Minutes whose wall
     * time is skipped or repeated are left out: there the policy of {@link WallClock} decides (pinned in
     * {@link DaylightSavingTest}).
     */
    @Test
    void everyMinuteAgreesWithReadingTheWallClock() {
        List<RegularInterval> regular = new ArrayList<>(weekdays("08:30", "12:00"));
        regular.add(new RegularInterval(DayOfWeek.MONDAY, OpenInterval.of("13:00", "18:45")));
        regular.add(new RegularInterval(DayOfWeek.SATURDAY, OpenInterval.of("23:00", "03:15")));
        regular.add(new RegularInterval(DayOfWeek.SUNDAY, OpenInterval.of("04:00", "05:00")));
        List<SpecialDay> special = List.of(SpecialDay.closed(new DateRule.YearlyWeekday(Month.MARCH, 2, DayOfWeek.MONDAY), "Closed", CHRISTMAS),
                SpecialDay.open(new DateRule.Once(LocalDate.of(2026, 11, 3)), List.of(OpenInterval.of("20:00", "02:00")), "Late", LATE_OPENING));
        BusinessCalendar c = calendar(regular, special);
        for (String[] range : new String[][] {{"2026-02-20T00:00:00Z", "2026-03-20T00:00:00Z"}, {"2026-10-20T00:00:00Z", "2026-11-20T00:00:00Z"}}) {
            for (Instant t = Instant.parse(range[0]); t.isBefore(Instant.parse(range[1])); t = t.plus(1, ChronoUnit.MINUTES)) {
                ZonedDateTime z = t.atZone(NEW_YORK);
                if (NEW_YORK.getRules().getValidOffsets(z.toLocalDateTime()).size() != 1 || transitionHour(z)) {
                    continue;
                }
                assertEquals(openByWallClock(z.toLocalDateTime(), regular, special), c.openAt(t), t::toString);
            }
        }
    }

    private static boolean transitionHour(ZonedDateTime z) {
        var previous = z.getZone().getRules().previousTransition(z.toInstant().plusSeconds(1));
        return previous != null && Math.abs(ChronoUnit.MINUTES.between(previous.getInstant(), z.toInstant())) < 120;
    }

    /** Open when the wall clock shows a time inside an interval of the date it started on (this date or the one before). */
    private static boolean openByWallClock(LocalDateTime wall, List<RegularInterval> regular, List<SpecialDay> special) {
        for (LocalDate day : List.of(wall.toLocalDate().minusDays(1), wall.toLocalDate())) {
            List<OpenInterval> intervals = new ArrayList<>();
            SpecialDay s = special.stream().filter(x -> x.rule().on(day)).findFirst().orElse(null);
            if (s != null) {
                intervals.addAll(s.intervals());
            } else {
                regular.stream().filter(r -> r.day() == day.getDayOfWeek()).forEach(r -> intervals.add(r.interval()));
            }
            for (OpenInterval i : intervals) {
                LocalDateTime start = day.atTime(i.start());
                LocalDateTime end = i.end().isAfter(i.start()) ? day.atTime(i.end()) : day.plusDays(1).atTime(i.end());
                if (!wall.isBefore(start) && wall.isBefore(end)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theWholeDayIntervalIsWritten0000To2400() {
        assertEquals("00:00-24:00", new OpenInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).toString());
        assertEquals("22:00-06:00", OpenInterval.of("22:00", "06:00").toString());
        assertEquals(LocalTime.MIDNIGHT, OpenInterval.time("24:00", true));
    }
}
