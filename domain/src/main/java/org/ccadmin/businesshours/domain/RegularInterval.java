package org.ccadmin.businesshours.domain;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** An open interval of the regular hours, on the weekday it starts. */
public record RegularInterval(DayOfWeek day, OpenInterval interval) {

    private static final int WEEK = 7 * 24 * 60;

    public RegularInterval {
        java.util.Objects.requireNonNull(day, "day");
        java.util.Objects.requireNonNull(interval, "interval");
    }

    /** Whether the two share a minute of the week (an overnight interval reaches into the next day, Sunday into Monday). */
    public boolean overlaps(RegularInterval other) {
        int a = weekMinute();
        int b = other.weekMinute();
        int la = interval.nominalMinutes();
        int lb = other.interval.nominalMinutes();
        // On the week's circle: b starts inside a, or a starts inside b.
        return Math.floorMod(b - a, WEEK) < la || Math.floorMod(a - b, WEEK) < lb;
    }

    private int weekMinute() {
        return (day.getValue() - 1) * 24 * 60 + interval.startMinute();
    }

    @Override
    public String toString() {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + interval;
    }
}
