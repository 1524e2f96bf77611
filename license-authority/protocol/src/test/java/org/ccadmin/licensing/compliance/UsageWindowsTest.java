package org.ccadmin.licensing.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageWindowsTest {

    @Test
    void windowsAreAlignedToUtcQuarterHours() {
        assertEquals(Instant.parse("2026-12-03T12:15:00Z"), UsageWindows.startOf(Instant.parse("2026-12-03T12:29:59.999Z")));
        assertEquals(Instant.parse("2026-12-03T12:30:00Z"), UsageWindows.startOf(Instant.parse("2026-12-03T12:30:00Z")));
        assertTrue(UsageWindows.isAligned(Instant.parse("2026-12-03T23:45:00Z")));
        assertFalse(UsageWindows.isAligned(Instant.parse("2026-12-03T23:45:01Z")));
        assertFalse(UsageWindows.isAligned(Instant.parse("2026-12-03T23:50:00Z")));
        assertEquals(Instant.parse("2026-12-04T00:00:00Z"), UsageWindows.endOf(Instant.parse("2026-12-03T23:45:00Z")));
    }

    @Test
    void theLastClosedWindowIsTheOneBeforeTheRunningOne() {
        assertEquals(Instant.parse("2026-12-03T12:00:00Z"), UsageWindows.lastClosedStart(Instant.parse("2026-12-03T12:15:00Z")));
        assertEquals(Instant.parse("2026-12-03T12:00:00Z"), UsageWindows.lastClosedStart(Instant.parse("2026-12-03T12:29:00Z")));
    }
}
