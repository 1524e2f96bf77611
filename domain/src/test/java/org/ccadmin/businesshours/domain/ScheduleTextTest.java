package org.ccadmin.businesshours.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.Violations;
import org.junit.jupiter.api.Test;

class ScheduleTextTest {

    @Test
    void aDateAndItsRepeatMakeTheYearlyRule() {
        Violations v = new Violations();
        assertEquals(new DateRule.YearlyWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY), Repeat.YEARLY_WEEKDAY.rule(LocalDate.of(2026, 11, 26), v, "f"));
        assertEquals(new DateRule.YearlyWeekday(Month.MAY, -1, DayOfWeek.MONDAY), Repeat.YEARLY_LAST_WEEKDAY.rule(LocalDate.of(2026, 5, 25), v, "f"));
        assertTrue(v.isEmpty());
        Repeat.YEARLY_WEEKDAY.rule(LocalDate.of(2026, 12, 31), v, "a");
        Repeat.YEARLY_LAST_WEEKDAY.rule(LocalDate.of(2026, 5, 18), v, "b");
        assertEquals(List.of("a", "b"), v.errors().stream().map(FieldError::field).toList());
        assertEquals("2026-12-31 is the 5th Thursday of its month, which not every year has; use YEARLY_LAST_WEEKDAY for the last Thursday.",
                v.errors().get(0).message());
    }

    @Test
    void wordsAndTimesAreReadInAnyCaseAndReportedUnderTheirField() {
        Violations v = new Violations();
        List<RegularInterval> regular = ScheduleText.regular(List.of(new ScheduleText.Regular("monday", "9:00", "24:00"),
                new ScheduleText.Regular("Funday", "09:00", "7pm")), v, "regularHours");
        assertEquals(1, regular.size());
        assertEquals("Monday 09:00-24:00", regular.get(0).toString());
        assertEquals(List.of("regularHours[1].day", "regularHours[1].end"), v.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aSpecialDayIsOpenWithHoursOrClosedWithout() {
        Violations v = new Violations();
        SpecialDayEntry open = ScheduleText.special(new ScheduleText.Special("2026-12-24", null, "open",
                List.of(new ScheduleText.Interval("11:00", "14:00")), "Eve", 1001), v, "s");
        assertEquals(Repeat.NONE, open.repeat());
        assertTrue(open.day().open());
        assertTrue(v.isEmpty());
        assertEquals(null, ScheduleText.special(new ScheduleText.Special("2026-12-25", "yearly", "CLOSED",
                List.of(new ScheduleText.Interval("11:00", "14:00")), null, null), v, "t"));
        assertEquals(List.of("t.intervals", "t.statusReasonCode"), v.errors().stream().map(FieldError::field).toList());
    }
}
