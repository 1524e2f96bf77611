package org.ccadmin.businesshours.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegularIntervalTest {

    private static RegularInterval on(DayOfWeek day, String start, String end) {
        return new RegularInterval(day, OpenInterval.of(start, end));
    }

    private static List<RegularInterval> weekdays() {
        List<RegularInterval> out = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            out.add(on(d, "09:00", "17:00"));
        }
        return out;
    }

    @Test
    void theNextFreeIntervalOfANewBusinessHourIsTheFirstWeekdayWithoutHours() {
        assertEquals(Optional.of(on(DayOfWeek.SATURDAY, "09:00", "17:00")), RegularInterval.nextFree(weekdays()));
        assertEquals(Optional.of(on(DayOfWeek.MONDAY, "09:00", "17:00")), RegularInterval.nextFree(List.of()));
    }

    @Test
    void whenEveryDayHasHoursItIsTheHourAfterADaysLastInterval() {
        List<RegularInterval> week = weekdays();
        week.add(on(DayOfWeek.SATURDAY, "10:00", "14:00"));
        week.add(on(DayOfWeek.SUNDAY, "10:00", "14:00"));
        assertEquals(Optional.of(on(DayOfWeek.MONDAY, "17:00", "18:00")), RegularInterval.nextFree(week));
    }

    @Test
    void aFreeDayReachedByTheEveningBeforeIsSkippedForOneThatFits() {
        // Friday night into Saturday: 09:00-17:00 on Saturday would overlap it, so Sunday is proposed.
        List<RegularInterval> taken = new ArrayList<>(weekdays());
        taken.set(4, on(DayOfWeek.FRIDAY, "20:00", "12:00"));
        assertEquals(Optional.of(on(DayOfWeek.SUNDAY, "09:00", "17:00")), RegularInterval.nextFree(taken));
    }

    @Test
    void whatIsProposedNeverOverlapsAndAFullWeekHasNothingFree() {
        List<RegularInterval> taken = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Optional<RegularInterval> next = RegularInterval.nextFree(taken);
            if (next.isEmpty()) {
                break;
            }
            assertTrue(taken.stream().noneMatch(next.get()::overlaps), next.get() + " overlaps " + taken);
            taken.add(next.get());
        }
        List<RegularInterval> full = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            full.add(on(d, "00:00", "24:00"));
        }
        assertEquals(Optional.empty(), RegularInterval.nextFree(full));
    }

    @Test
    void daysInUseByRowsStillBeingTypedAreNotProposedAsFree() {
        assertEquals(Optional.of(on(DayOfWeek.WEDNESDAY, "09:00", "17:00")), RegularInterval.nextFree(
                List.of(on(DayOfWeek.TUESDAY, "09:00", "17:00")), java.util.Set.of(DayOfWeek.MONDAY)));
    }
}
