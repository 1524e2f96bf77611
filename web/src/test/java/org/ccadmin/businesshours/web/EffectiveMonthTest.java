package org.ccadmin.businesshours.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.businesshours.application.EffectiveDayView;
import org.junit.jupiter.api.Test;

class EffectiveMonthTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void theGridIsWholeWeeksMondayToSundayAroundTheMonthAndAsksForThatRangeOnce() {
        List<LocalDate[]> asked = new ArrayList<>();
        EffectiveMonth november = EffectiveMonth.of(YearMonth.of(2026, 11), NEW_YORK, range -> {
            asked.add(range);
            List<EffectiveDayView> days = new ArrayList<>();
            for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
                days.add(new EffectiveDayView(d, d.getDayOfWeek().name(), "REGULAR", 2, "Closed as per regular hours", List.of()));
            }
            return days;
        });
        assertEquals(1, asked.size());
        assertEquals(LocalDate.of(2026, 10, 26), asked.get(0)[0], "the Monday before 1 November (a Sunday)");
        assertEquals(LocalDate.of(2026, 12, 6), asked.get(0)[1], "the Sunday after 30 November (a Monday)");
        assertEquals(6, november.weeks().size());
        EffectiveMonth.Cell first = november.weeks().get(0).get(0);
        assertFalse(first.inMonth());
        assertEquals(LocalDate.of(2026, 10, 26), first.day().date());
        EffectiveMonth.Cell clockChange = november.weeks().get(0).get(6);
        assertTrue(clockChange.inMonth());
        assertEquals("25 h", clockChange.dayLength(), "1 November 2026: clocks fall back in New York");
        assertNull(november.weeks().get(1).get(0).dayLength());
        assertEquals("November 2026", november.getTitle());
    }

    @Test
    void aDayLengthIsMarkedOnlyWhenTheClockChanges() {
        assertEquals("23 h", EffectiveMonth.dayLength(LocalDate.of(2026, 3, 8), NEW_YORK));
        assertEquals("23 h 30 min", EffectiveMonth.dayLength(LocalDate.of(2026, 10, 4), ZoneId.of("Australia/Lord_Howe")));
        assertNull(EffectiveMonth.dayLength(LocalDate.of(2026, 3, 8), ZoneId.of("Asia/Kolkata")));
    }
}
