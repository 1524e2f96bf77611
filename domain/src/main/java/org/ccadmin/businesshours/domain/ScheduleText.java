package org.ccadmin.businesshours.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ccadmin.shared.domain.Violations;

/**
 * Reads a schedule as people and files write it (weekday names, {@code HH:MM} times, ISO dates, repeat and
 * status words in any letter case) into the domain's values, reporting every problem under the field it
 * came from, e.g. {@code regularHours[2].end} or {@code specialDays[0].date}. The REST API, the console and the
 * special-day CSV import all read through here, so they accept and refuse the same things.
 */
public final class ScheduleText {

    /** A regular interval as written: weekday, start and end. */
    public record Regular(String day, String start, String end) {
    }

    /** A start and end as written. */
    public record Interval(String start, String end) {
    }

    /** A special day as written; {@code intervals} only when open. */
    public record Special(String date, String repeat, String status, List<Interval> intervals, String description, Integer statusReasonCode) {
    }

    private ScheduleText() {
    }

    /**
     * An open day's hours as one text, {@code 09:00-13:00;14:00-16:00} (the CSV file's and the console's form);
     * a part without a dash has no end, which the reader then reports.
     */
    public static List<Interval> hours(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(p -> !p.isEmpty()).map(p -> {
            int dash = p.indexOf('-');
            return dash < 0 ? new Interval(p, null) : new Interval(p.substring(0, dash).strip(), p.substring(dash + 1).strip());
        }).toList();
    }

    public static List<RegularInterval> regular(List<Regular> given, Violations v, String field) {
        List<RegularInterval> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Regular r = given.get(i);
            String f = field + "[" + i + "]";
            DayOfWeek day = weekday(r.day(), v, f + ".day");
            OpenInterval interval = interval(r.start(), r.end(), v, f);
            if (day != null && interval != null) {
                out.add(new RegularInterval(day, interval));
            }
        }
        return out;
    }

    public static List<SpecialDayEntry> special(List<Special> given, Violations v, String field) {
        List<SpecialDayEntry> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            SpecialDayEntry e = special(given.get(i), v, field + "[" + i + "]");
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    public static SpecialDayEntry special(Special s, Violations v, String f) {
        int before = v.errors().size();
        LocalDate date = date(s.date(), v, f + ".date");
        Repeat repeat = word(s.repeat(), Repeat.class, Repeat.NONE, v, f + ".repeat");
        Boolean open = null;
        if (s.status() == null || s.status().isBlank()) {
            v.add(f + ".status", "invalidInput.fieldRequired", f + ".status is required (OPEN or CLOSED).");
        } else if (s.status().strip().equalsIgnoreCase("OPEN")) {
            open = true;
        } else if (s.status().strip().equalsIgnoreCase("CLOSED")) {
            open = false;
        } else {
            v.add(f + ".status", "invalidInput.enum", f + ".status must be OPEN or CLOSED, not '" + s.status() + "'.");
        }
        List<OpenInterval> intervals = new ArrayList<>();
        List<Interval> given = s.intervals() == null ? List.of() : s.intervals();
        for (int j = 0; j < given.size(); j++) {
            OpenInterval interval = interval(given.get(j).start(), given.get(j).end(), v, f + ".intervals[" + j + "]");
            if (interval != null) {
                intervals.add(interval);
            }
        }
        if (Boolean.TRUE.equals(open) && given.isEmpty()) {
            v.add(f + ".intervals", "invalidInput.fieldRequired", "An open special day needs its hours (a start and an end).");
        }
        if (Boolean.FALSE.equals(open) && !given.isEmpty()) {
            v.add(f + ".intervals", "invalidInput.notApplicable", "A closed special day has no hours; leave them out or make it OPEN.");
        }
        if (s.statusReasonCode() == null) {
            v.add(f + ".statusReasonCode", "invalidInput.fieldRequired", f + ".statusReasonCode is required.");
        }
        DateRule rule = date == null || repeat == null ? null : repeat.rule(date, v, f + ".repeat");
        if (v.errors().size() > before || rule == null) {
            return null;
        }
        return new SpecialDayEntry(date, repeat, new SpecialDay(rule, open, intervals, s.description(), s.statusReasonCode()));
    }

    public static OpenInterval interval(String start, String end, Violations v, String f) {
        java.time.LocalTime from = time(start, false, v, f + ".start");
        java.time.LocalTime to = time(end, true, v, f + ".end");
        return from == null || to == null ? null : new OpenInterval(from, to);
    }

    private static java.time.LocalTime time(String text, boolean end, Violations v, String f) {
        if (text == null || text.isBlank()) {
            v.add(f, "invalidInput.fieldRequired", f + " is required (HH:MM).");
            return null;
        }
        try {
            return OpenInterval.time(text, end);
        } catch (DateTimeParseException e) {
            v.add(f, "invalidInput.time", f + ": " + e.getMessage() + ".");
            return null;
        }
    }

    public static LocalDate date(String text, Violations v, String f) {
        if (text == null || text.isBlank()) {
            v.add(f, "invalidInput.fieldRequired", f + " is required (YYYY-MM-DD).");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(f, "invalidInput.date", f + " must be a date YYYY-MM-DD, not '" + text + "'.");
            return null;
        }
    }

    public static DayOfWeek weekday(String text, Violations v, String f) {
        return word(text, DayOfWeek.class, null, v, f);
    }

    /** An enum constant by name in any case; blank gives {@code blank} (null: required). */
    public static <E extends Enum<E>> E word(String text, Class<E> type, E blank, Violations v, String f) {
        if (text == null || text.isBlank()) {
            if (blank == null) {
                v.add(f, "invalidInput.fieldRequired", f + " is required (" + names(type) + ").");
            }
            return blank;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(f, "invalidInput.enum", f + " must be one of " + names(type) + ", not '" + text + "'.");
            return null;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
