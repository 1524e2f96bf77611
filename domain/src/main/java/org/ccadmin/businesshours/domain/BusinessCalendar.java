package org.ccadmin.businesshours.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Evaluates a business hour. The order is the modelled system's and stops at the first step that decides:
 * a forced status, then a special day (or holiday) on the date, then the regular hours of its weekday (or
 * 24x7). Everything is computed in the wall-clock time of the business hour's zone, date by date, and turned
 * into instants only at the end by {@link WallClock}; an open interval belongs to the date it starts, so an
 * overnight interval of the eve of a holiday still ends as configured.
 */
public final class BusinessCalendar {

    /** How far {@link #nextChange} looks ahead before it answers "not within two years". */
    static final int HORIZON_DAYS = 2 * 366;

    private final ZoneId zone;
    private final BusinessHourType type;
    private final ConfiguredStatus status;
    private final Integer forcedReason;
    private final List<RegularInterval> regular;
    private final List<SpecialDay> specialDays;

    public BusinessCalendar(ZoneId zone, BusinessHourType type, ConfiguredStatus status, Integer forcedReason,
            List<RegularInterval> regular, List<SpecialDay> specialDays) {
        this.zone = java.util.Objects.requireNonNull(zone, "zone");
        this.type = java.util.Objects.requireNonNull(type, "type");
        this.status = java.util.Objects.requireNonNull(status, "status");
        if (status.forced() && forcedReason == null) {
            throw new IllegalArgumentException("A forced status needs a reason");
        }
        this.forcedReason = forcedReason;
        this.regular = List.copyOf(regular);
        this.specialDays = List.copyOf(specialDays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The special day in force on {@code date}: the most specific rule that falls on it, the first listed on a tie. */
    public Optional<SpecialDay> specialDayOn(LocalDate date) {
        return specialDays.stream().filter(s -> s.rule().on(date)).min(Comparator.comparingInt(s -> s.rule().precedence()));
    }

    /** The effective hours of one date. */
    public DayHours hoursOn(LocalDate date) {
        if (status.forced()) {
            List<OpenSpan> spans = status == ConfiguredStatus.FORCE_OPEN ? spans(date, List.of(wholeDay())) : List.of();
            return new DayHours(date, HoursSource.FORCED, forcedReason, spans);
        }
        Optional<SpecialDay> special = specialDayOn(date);
        if (special.isPresent()) {
            SpecialDay s = special.get();
            return new DayHours(date, s.open() ? HoursSource.SPECIAL_DAY : HoursSource.HOLIDAY, s.reasonCode(), spans(date, s.intervals()));
        }
        if (type == BusinessHourType.TWENTY_FOUR_SEVEN) {
            return new DayHours(date, HoursSource.TWENTY_FOUR_SEVEN, SystemReasons.OPEN_24X7, spans(date, List.of(wholeDay())));
        }
        List<OpenInterval> ofDay = regular.stream().filter(r -> r.day() == date.getDayOfWeek()).map(RegularInterval::interval)
                .sorted(Comparator.comparing(OpenInterval::start)).toList();
        return new DayHours(date, HoursSource.REGULAR, SystemReasons.CLOSED_REGULAR_HOURS, spans(date, ofDay));
    }

    /** The effective hours of every date from {@code from} to {@code to}, both included. */
    public List<DayHours> effective(LocalDate from, LocalDate to) {
        List<DayHours> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(hoursOn(d));
        }
        return days;
    }

    /** Open or closed at {@code t}, with the reason in force and when that next changes. */
    public BusinessStatus statusAt(Instant t) {
        BusinessStatus now = decide(t);
        return new BusinessStatus(now.open(), now.reasonCode(), now.source(), nextChange(t, now).orElse(null));
    }

    /** Whether it is open at {@code t} (what {@link #statusAt} says, without looking for the next change). */
    public boolean openAt(Instant t) {
        return decide(t).open();
    }

    /** The first instant after {@code t} at which the status or its reason changes, if within two years. */
    public Optional<Instant> nextChange(Instant t) {
        return nextChange(t, decide(t));
    }

    private Optional<Instant> nextChange(Instant t, BusinessStatus now) {
        if (status.forced()) {
            return Optional.empty(); // until an administrator changes it
        }
        LocalDate first = t.atZone(zone).toLocalDate();
        // Only span bounds and the start of a date can change the status; look at them in order, a month at a time.
        for (int offset = -1; offset < HORIZON_DAYS; offset += 31) {
            TreeSet<Instant> candidates = new TreeSet<>();
            for (LocalDate d = first.plusDays(offset); d.isBefore(first.plusDays(offset + 31)); d = d.plusDays(1)) {
                candidates.add(WallClock.start(d.atStartOfDay(), zone));
                for (OpenSpan s : hoursOn(d).spans()) {
                    candidates.add(s.start());
                    candidates.add(s.end());
                }
            }
            for (Instant c : candidates.tailSet(t, false)) {
                BusinessStatus then = decide(c);
                if (then.open() != now.open() || then.reasonCode() != now.reasonCode()) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private BusinessStatus decide(Instant t) {
        LocalDate date = t.atZone(zone).toLocalDate();
        DayHours today = hoursOn(date);
        // An overnight span of the previous date reaches into this one; the earlier date's spans come first.
        for (DayHours day : List.of(hoursOn(date.minusDays(1)), today)) {
            for (OpenSpan s : day.spans()) {
                if (s.contains(t)) {
                    return new BusinessStatus(true, day.openReason(), day.source(), null);
                }
            }
        }
        return new BusinessStatus(false, today.closedReason(), today.source(), null);
    }

    private List<OpenSpan> spans(LocalDate date, List<OpenInterval> intervals) {
        List<OpenSpan> spans = new ArrayList<>();
        for (OpenInterval i : intervals) {
            Instant start = WallClock.start(i.startOn(date), zone);
            Instant end = WallClock.end(i.endOn(date), zone);
            if (start.isBefore(end)) { // an interval wholly inside a skipped hour does not happen
                spans.add(new OpenSpan(start, end, i.startOn(date), i.endOn(date)));
            }
        }
        return spans;
    }

    private static OpenInterval wholeDay() {
        return new OpenInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }
}
