package org.ccadmin.businesshours.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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

    /**
     * A sensible interval to add to {@code taken} that overlaps none of them, so that adding a row never makes
     * an overlap by itself: 09:00-17:00 on the first weekday without hours; else the hour after the last interval
     * of a day; else the first free hour of the week. Empty when the week has no free hour.
     */
    public static Optional<RegularInterval> nextFree(List<RegularInterval> taken) {
        return nextFree(taken, Set.of());
    }

    /**
     * As {@link #nextFree(List)}; the days of {@code alsoInUse} count as having hours (rows being typed whose
     * times do not read yet), so the proposal does not land on them as a day without hours.
     */
    public static Optional<RegularInterval> nextFree(List<RegularInterval> taken, Set<DayOfWeek> alsoInUse) {
        Stream<RegularInterval> freeDays = Stream.of(DayOfWeek.values())
                .filter(d -> !alsoInUse.contains(d) && taken.stream().noneMatch(t -> t.day() == d))
                .map(d -> new RegularInterval(d, OpenInterval.of("09:00", "17:00")));
        Stream<RegularInterval> afterLast = Stream.of(DayOfWeek.values()).flatMap(d -> taken.stream()
                .filter(t -> t.day() == d && !t.interval().crossesMidnight() && !t.interval().end().equals(LocalTime.MIDNIGHT))
                .map(t -> t.interval().end()).max(LocalTime::compareTo).map(end -> hourFrom(d, end)).stream());
        Stream<RegularInterval> anyHour = Stream.of(DayOfWeek.values())
                .flatMap(d -> Stream.iterate(0, h -> h < 24, h -> h + 1).map(h -> hourFrom(d, LocalTime.of(h, 0))));
        return Stream.of(freeDays, afterLast, anyHour).flatMap(c -> c)
                .filter(c -> taken.stream().noneMatch(c::overlaps)).findFirst();
    }

    /** An hour from {@code start}, cut at the end of the day (an added row stays on its day). */
    private static RegularInterval hourFrom(DayOfWeek day, LocalTime start) {
        LocalTime end = start.isBefore(LocalTime.of(23, 0)) ? start.plusHours(1) : LocalTime.MIDNIGHT;
        return new RegularInterval(day, new OpenInterval(start, end));
    }

    private int weekMinute() {
        return (day.getValue() - 1) * 24 * 60 + interval.startMinute();
    }

    @Override
    public String toString() {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + interval;
    }
}
