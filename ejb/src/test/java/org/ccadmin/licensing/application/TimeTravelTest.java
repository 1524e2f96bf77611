package org.ccadmin.licensing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** How far {@code advanceBy} moves the simulated clock: calendar periods in UTC, or exact durations; forward only. */
class TimeTravelTest {

    private static final Instant FROM = Instant.parse("2026-08-31T10:00:00Z");

    @Test
    void periodsAreCalendarPeriodsAndDurationsAreExact() {
        assertEquals(Instant.parse("2026-09-30T10:00:00Z"), TimeTravel.target(FROM, "P30D"));
        assertEquals(Instant.parse("2027-02-28T10:00:00Z"), TimeTravel.target(FROM, "P6M"), "six months after 31 August");
        assertEquals(Instant.parse("2026-08-31T10:15:00Z"), TimeTravel.target(FROM, "PT15M"));
        assertEquals(Instant.parse("2026-09-01T12:00:00Z"), TimeTravel.target(FROM, "P1DT2H"));
    }

    @Test
    void nothingElseMovesTheClock() {
        for (String bad : new String[] {null, " ", "30 days", "P0D", "-P1D", "PT-1S", "P11Y"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> TimeTravel.target(FROM, bad), bad);
            assertEquals("advanceBy", e.errors().get(0).field());
        }
    }
}
