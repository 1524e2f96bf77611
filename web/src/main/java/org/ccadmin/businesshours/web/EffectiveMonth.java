package org.ccadmin.businesshours.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccadmin.businesshours.application.EffectiveDayView;

/**
 * A month of effective hours as a calendar grid: whole weeks Monday to Sunday around the month, each date with
 * what the service computed for it. A date whose wall-clock day is not 24 hours long (a daylight-saving change
 * in the business hour's zone) carries its real length, so the grid can mark it.
 */
public record EffectiveMonth(YearMonth month, List<List<Cell>> weeks) {

    /** One date of the grid; {@code dayLength} is null on an ordinary 24-hour day. */
    public record Cell(LocalDate date, boolean inMonth, EffectiveDayView day, String dayLength) {

        public int getDayOfMonth() {
            return date.getDayOfMonth();
        }

        /** The open spans on the wall clock, "09:00–13:00"; empty when closed all day. */
        public List<String> getOpenHours() {
            return day == null ? List.of() : day.spans().stream().map(s -> s.wallStart() + "–" + s.wallEnd()).toList();
        }
    }

    /** {@code effective} gives the service's days for a range (from, to), both included. */
    public static EffectiveMonth of(YearMonth month, ZoneId zone, Function<LocalDate[], List<EffectiveDayView>> effective) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<LocalDate, EffectiveDayView> days = effective.apply(new LocalDate[] {first, last}).stream()
                .collect(Collectors.toMap(EffectiveDayView::date, d -> d));
        List<List<Cell>> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<Cell> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                week.add(new Cell(date, YearMonth.from(date).equals(month), days.get(date), dayLength(date, zone)));
            }
            weeks.add(week);
        }
        return new EffectiveMonth(month, weeks);
    }

    /** The wall-clock day's real length when a clock change makes it other than 24 hours ("23 h", "23 h 30 min"). */
    static String dayLength(LocalDate date, ZoneId zone) {
        Duration length = Duration.between(date.atStartOfDay(zone), date.plusDays(1).atStartOfDay(zone));
        if (length.equals(Duration.ofDays(1))) {
            return null;
        }
        long minutes = length.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    public String getTitle() {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + month.getYear();
    }
}
