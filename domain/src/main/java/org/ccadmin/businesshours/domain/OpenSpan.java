package org.ccadmin.businesshours.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One open interval as it happens on a given date: its instants (after the daylight-saving policy of
 * {@link WallClock}) and the wall-clock bounds it was configured with.
 */
public record OpenSpan(Instant start, Instant end, LocalDateTime wallStart, LocalDateTime wallEnd) {

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
