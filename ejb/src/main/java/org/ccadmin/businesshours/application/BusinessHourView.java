package org.ccadmin.businesshours.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A business hour as it leaves the service, with its status now. */
public record BusinessHourView(long id, String name, String description, String timeZone, String type, String status,
        Integer statusReasonCode, List<Regular> regularHours, List<Special> specialDays, RuntimeStatus runtimeStatus, long changeStamp) {

    public record Regular(String day, String start, String end) {
    }

    public record Interval(String start, String end) {
    }

    /** {@code rule} says in words when it happens; {@code nextDate} is its next date from today (null: none left). */
    public record Special(LocalDate date, String repeat, String rule, LocalDate nextDate, String status, List<Interval> intervals,
            String description, int statusReasonCode) {
    }

    /** Open or closed now, the reason in force, what decided it, and when that changes next (null: not by itself). */
    public record RuntimeStatus(boolean open, int reasonCode, String reasonText, String source, Instant until) {
    }

    /** A list row. */
    public record Summary(long id, String name, String description, String timeZone, String type, String status,
            Integer statusReasonCode, RuntimeStatus runtimeStatus, long changeStamp) {
    }

    public Summary summary() {
        return new Summary(id, name, description, timeZone, type, status, statusReasonCode, runtimeStatus, changeStamp);
    }
}
