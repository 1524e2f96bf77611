package org.ccadmin.businesshours.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The effective hours of one date: what decided them, the reason the calendar gives that day, and the open
 * spans that start on it (an overnight span ends on the next date). The reason applies to the open spans and,
 * for the time the date is closed, to the closure, except for regular hours, which give the system's open and
 * closed reasons.
 */
public record DayHours(LocalDate date, HoursSource source, int reasonCode, List<OpenSpan> spans) {

    public DayHours {
        spans = List.copyOf(spans);
    }

    public int openReason() {
        return source == HoursSource.REGULAR ? SystemReasons.OPEN_REGULAR_HOURS : reasonCode;
    }

    public int closedReason() {
        return source == HoursSource.REGULAR ? SystemReasons.CLOSED_REGULAR_HOURS : reasonCode;
    }

    public Duration openLength() {
        return spans.stream().map(OpenSpan::length).reduce(Duration.ZERO, Duration::plus);
    }
}
