package org.ccadmin.licensing.compliance;

import java.time.Duration;
import java.time.Instant;

/**
 * Usage windows: 15-minute slots aligned to UTC quarter hours, [hh:00, hh:15), [hh:15, hh:30), … A usage
 * report covers one closed window.
 */
public final class UsageWindows {

    public static final Duration LENGTH = Duration.ofMinutes(15);

    private UsageWindows() {
    }

    /** The start of the window that holds {@code instant}. */
    public static Instant startOf(Instant instant) {
        long seconds = LENGTH.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }

    public static boolean isAligned(Instant instant) {
        return startOf(instant).equals(instant);
    }

    public static Instant endOf(Instant windowStart) {
        return windowStart.plus(LENGTH);
    }

    /** The start of the last window that has closed at {@code now} (the window before the one running). */
    public static Instant lastClosedStart(Instant now) {
        return startOf(now).minus(LENGTH);
    }
}
