package org.ccadmin.businesshours.domain;

import java.util.List;

/**
 * A date (or a yearly rule) whose hours replace the regular hours: open in its own intervals, or closed all
 * day. A holiday is a closed special day, typically recurring. Its status reason is the reason the calendar
 * gives all that day, open or closed.
 */
public record SpecialDay(DateRule rule, boolean open, List<OpenInterval> intervals, String description, int reasonCode) {

    public SpecialDay {
        java.util.Objects.requireNonNull(rule, "rule");
        intervals = List.copyOf(intervals);
        if (open == intervals.isEmpty()) {
            throw new IllegalArgumentException(open ? "An open special day needs intervals" : "A closed special day has no intervals");
        }
    }

    public static SpecialDay closed(DateRule rule, String description, int reasonCode) {
        return new SpecialDay(rule, false, List.of(), description, reasonCode);
    }

    public static SpecialDay open(DateRule rule, List<OpenInterval> intervals, String description, int reasonCode) {
        return new SpecialDay(rule, true, intervals, description, reasonCode);
    }

    public boolean holiday() {
        return !open;
    }
}
