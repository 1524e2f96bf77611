package org.ccadmin.businesshours.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open interval of one day in wall-clock time, {@code HH:MM–HH:MM}. An end at or before the start falls on
 * the next day: 22:00–06:00 is open overnight and belongs to the day it starts; 00:00–00:00 is the whole day.
 * An interval is never empty.
 */
public record OpenInterval(LocalTime start, LocalTime end) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,2}):(\\d{2})");

    public OpenInterval {
        if (start == null || end == null) {
            throw new IllegalArgumentException("An open interval needs a start and an end");
        }
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("Open intervals are in whole minutes");
        }
    }

    public static OpenInterval of(String start, String end) {
        return new OpenInterval(time(start, false), time(end, true));
    }

    /**
     * A time of day {@code H:MM} or {@code HH:MM}; {@code 24:00} is accepted for an end (midnight at the end
     * of the day, the same as 00:00).
     */
    public static LocalTime time(String text, boolean end) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new DateTimeParseException("Expected a time HH:MM, got '" + text + "'", String.valueOf(text), 0);
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (end && hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (hour > 23 || minute > 59) {
            throw new DateTimeParseException("'" + text + "' is not a time of day (00:00 to 23:59"
                    + (end ? ", or 24:00 for an end" : "") + ")", text, 0);
        }
        return LocalTime.of(hour, minute);
    }

    /** Whether the interval ends on the next day. */
    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** Minutes from the start of its day to its start. */
    public int startMinute() {
        return start.getHour() * 60 + start.getMinute();
    }

    /** The length on an ordinary day (no clock change): 1 to 1440 minutes. */
    public int nominalMinutes() {
        int length = end.getHour() * 60 + end.getMinute() - startMinute();
        return length <= 0 ? length + 24 * 60 : length;
    }

    /** The wall-clock start on {@code day} (the day it belongs to). */
    public java.time.LocalDateTime startOn(LocalDate day) {
        return day.atTime(start);
    }

    /** The wall-clock end when it starts on {@code day}. */
    public java.time.LocalDateTime endOn(LocalDate day) {
        return (crossesMidnight() ? day.plusDays(1) : day).atTime(end);
    }

    /** The end as written: midnight at the end of a day is {@code 24:00}. */
    public String endText() {
        return end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString();
    }

    @Override
    public String toString() {
        return start + "-" + endText();
    }
}
