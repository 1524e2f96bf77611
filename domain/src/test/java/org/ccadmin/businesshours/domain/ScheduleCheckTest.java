package org.ccadmin.businesshours.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.Violations;
import org.junit.jupiter.api.Test;

class ScheduleCheckTest {

    private static List<FieldError> check(BusinessHourType type, ConfiguredStatus status, Integer reason,
            List<RegularInterval> regular, List<SpecialDay> special) {
        Violations v = new Violations();
        ScheduleCheck.check(v, type, status, reason, regular, special);
        return v.errors();
    }

    private static RegularInterval on(DayOfWeek day, String start, String end) {
        return new RegularInterval(day, OpenInterval.of(start, end));
    }

    @Test
    void overlappingRegularIntervalsAreRefusedNamingBoth() {
        List<FieldError> errors = check(BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null,
                List.of(on(DayOfWeek.MONDAY, "22:00", "06:00"), on(DayOfWeek.TUESDAY, "05:00", "09:00")), List.of());
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("regularHours[1]", errors.get(0).field());
        assertEquals("Tuesday 05:00-09:00 overlaps Monday 22:00-06:00.", errors.get(0).message());
    }

    @Test
    void sundayNightReachesIntoMonday() {
        assertEquals(1, check(BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null,
                List.of(on(DayOfWeek.SUNDAY, "23:00", "02:00"), on(DayOfWeek.MONDAY, "01:00", "03:00")), List.of()).size());
    }

    @Test
    void adjacentIntervalsDoNotOverlap() {
        assertTrue(check(BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null,
                List.of(on(DayOfWeek.MONDAY, "09:00", "12:00"), on(DayOfWeek.MONDAY, "12:00", "13:00"),
                        on(DayOfWeek.MONDAY, "22:00", "00:00"), on(DayOfWeek.TUESDAY, "00:00", "06:00")), List.of()).isEmpty());
    }

    @Test
    void typeAndForcedStatusRules() {
        assertEquals("regularHours", check(BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null, List.of(), List.of()).get(0).field());
        assertEquals("regularHours", check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.CALENDAR, null,
                List.of(on(DayOfWeek.MONDAY, "09:00", "17:00")), List.of()).get(0).field());
        assertEquals("statusReasonCode", check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.FORCE_OPEN, null, List.of(), List.of()).get(0).field());
        assertTrue(check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.FORCE_OPEN, 1001, List.of(), List.of()).isEmpty());
    }

    @Test
    void specialDaysMustNotRepeatARuleOrOverlapTheirOwnIntervals() {
        List<FieldError> errors = check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.CALENDAR, null, List.of(), List.of(
                SpecialDay.closed(new DateRule.YearlyOn(MonthDay.of(1, 1)), "New Year", 1001),
                SpecialDay.open(new DateRule.Once(LocalDate.of(2026, 12, 31)),
                        List.of(OpenInterval.of("09:00", "12:00"), OpenInterval.of("11:00", "13:00")), "Eve", 1001),
                SpecialDay.closed(new DateRule.YearlyOn(MonthDay.of(1, 1)), "Again", 1001)));
        assertEquals(List.of("specialDays[1].intervals[1]", "specialDays[2].date"), errors.stream().map(FieldError::field).toList());
        assertEquals("every 1 January is given twice (special days 0 and 2).", errors.get(1).message());
    }

    @Test
    void atMostFiftyEntriesInAll() {
        List<RegularInterval> regular = new ArrayList<>();
        for (int h = 0; h < 7; h++) {
            for (DayOfWeek d : DayOfWeek.values()) {
                regular.add(on(d, String.format("%02d:00", h * 3), String.format("%02d:30", h * 3)));
            }
        }
        List<SpecialDay> special = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            special.add(SpecialDay.closed(new DateRule.Once(LocalDate.of(2027, 1, i)), null, 1001));
        }
        assertTrue(check(BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null, regular, special.subList(0, 1)).isEmpty(), "49 + 1");
        List<FieldError> errors = check(BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null, regular, special);
        assertEquals(1, check(BusinessHourType.CUSTOM, ConfiguredStatus.CALENDAR, null, regular.subList(0, 48), List.of(
                SpecialDay.open(new DateRule.Once(LocalDate.of(2027, 1, 1)), List.of(OpenInterval.of("09:00", "10:00"),
                        OpenInterval.of("11:00", "12:00"), OpenInterval.of("13:00", "14:00")), null, 1001))).size(), "48 + 3 intervals");
        assertEquals("A business hour has at most 50 schedule entries (regular intervals plus special days, an open special day once per interval); this one has 51.", errors.get(0).message());
    }

    @Test
    void recurringRulesFindTheirDateEveryYear() {
        DateRule thanksgiving = new DateRule.YearlyWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
        assertEquals(LocalDate.of(2026, 11, 26), thanksgiving.in(2026).orElseThrow());
        assertEquals(LocalDate.of(2027, 11, 25), thanksgiving.in(2027).orElseThrow());
        DateRule memorial = new DateRule.YearlyWeekday(Month.MAY, -1, DayOfWeek.MONDAY);
        assertEquals(LocalDate.of(2026, 5, 25), memorial.in(2026).orElseThrow());
        assertEquals(LocalDate.of(2027, 5, 31), memorial.in(2027).orElseThrow());
        DateRule leap = new DateRule.YearlyOn(MonthDay.of(2, 29));
        assertTrue(leap.in(2027).isEmpty());
        assertEquals(LocalDate.of(2028, 2, 29), leap.in(2028).orElseThrow());
        assertEquals("every last Monday of May", memorial.toString());
        assertThrows(IllegalArgumentException.class, () -> new DateRule.YearlyWeekday(Month.MAY, 5, DayOfWeek.MONDAY));
    }

    @Test
    void timesAreWholeMinutesOfTheDay() {
        assertThrows(java.time.format.DateTimeParseException.class, () -> OpenInterval.of("24:00", "10:00"));
        assertThrows(java.time.format.DateTimeParseException.class, () -> OpenInterval.of("9h", "10:00"));
        assertThrows(java.time.format.DateTimeParseException.class, () -> OpenInterval.of("09:60", "10:00"));
        assertEquals(24 * 60, OpenInterval.of("08:00", "08:00").nominalMinutes());
    }

    @Test
    void aClosedSpecialDayRefusesASystemReasonThatMeansOpenAndAnOpenOneAClosedReason() {
        DateRule christmas = new DateRule.YearlyOn(MonthDay.of(12, 25));
        DateRule eve = new DateRule.Once(LocalDate.of(2026, 12, 24));
        List<FieldError> errors = check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.CALENDAR, null, List.of(), List.of(
                SpecialDay.closed(christmas, "Christmas", SystemReasons.OPEN_REGULAR_HOURS),
                SpecialDay.open(eve, List.of(OpenInterval.of("09:00", "13:00")), "Eve", SystemReasons.CLOSED_REGULAR_HOURS),
                SpecialDay.closed(new DateRule.Once(LocalDate.of(2027, 1, 1)), "New Year", SystemReasons.OPEN_24X7)));
        assertEquals(List.of("specialDays[0].statusReasonCode", "specialDays[1].statusReasonCode", "specialDays[2].statusReasonCode"),
                errors.stream().map(FieldError::field).toList(), errors::toString);
        assertEquals("specialDays[0].statusReasonCode 1 \"Open as per regular hours\" means open; a closed special day (holiday) needs a "
                + "reason that means closed (2 \"Closed as per regular hours\") or one of your own (1001 to 65535).", errors.get(0).message());
        assertEquals("specialDays[1].statusReasonCode 2 \"Closed as per regular hours\" means closed; an open special day needs a reason "
                + "that means open (1 \"Open as per regular hours\", 3 \"Open 24x7\") or one of your own (1001 to 65535).", errors.get(1).message());
        assertTrue(errors.stream().allMatch(e -> e.code().equals("invalidInput.reasonContradictsStatus")));
    }

    @Test
    void fittingSystemReasonsAndAdministratorsReasonsAreAcceptedOnEitherKindOfDay() {
        assertTrue(check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.CALENDAR, null, List.of(), List.of(
                SpecialDay.closed(new DateRule.Once(LocalDate.of(2026, 12, 25)), null, SystemReasons.CLOSED_REGULAR_HOURS),
                SpecialDay.open(new DateRule.Once(LocalDate.of(2026, 12, 24)), List.of(OpenInterval.of("09:00", "13:00")), null,
                        SystemReasons.OPEN_REGULAR_HOURS),
                SpecialDay.open(new DateRule.Once(LocalDate.of(2026, 12, 23)), List.of(OpenInterval.of("09:00", "13:00")), null,
                        SystemReasons.OPEN_24X7),
                SpecialDay.closed(new DateRule.Once(LocalDate.of(2026, 12, 26)), null, 1001),
                SpecialDay.open(new DateRule.Once(LocalDate.of(2026, 12, 27)), List.of(OpenInterval.of("09:00", "13:00")), null, 1001))).isEmpty());
    }

    @Test
    void aForcedStatusRefusesASystemReasonOfTheOppositeMeaning() {
        List<FieldError> closedAsOpen = check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.FORCE_CLOSE, SystemReasons.OPEN_24X7, List.of(), List.of());
        assertEquals(List.of("statusReasonCode"), closedAsOpen.stream().map(FieldError::field).toList());
        assertEquals("statusReasonCode 3 \"Open 24x7\" means open; a business hour forced closed needs a reason that means closed "
                + "(2 \"Closed as per regular hours\") or one of your own (1001 to 65535).", closedAsOpen.get(0).message());
        assertEquals(1, check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.FORCE_CLOSE, SystemReasons.OPEN_REGULAR_HOURS, List.of(), List.of()).size());
        assertEquals(1, check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.FORCE_OPEN, SystemReasons.CLOSED_REGULAR_HOURS, List.of(), List.of()).size());
        assertTrue(check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.FORCE_OPEN, SystemReasons.OPEN_REGULAR_HOURS, List.of(), List.of()).isEmpty());
        assertTrue(check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.FORCE_CLOSE, SystemReasons.CLOSED_REGULAR_HOURS, List.of(), List.of()).isEmpty());
        assertTrue(check(BusinessHourType.TWENTY_FOUR_SEVEN, ConfiguredStatus.FORCE_CLOSE, 1001, List.of(), List.of()).isEmpty());
    }
}
