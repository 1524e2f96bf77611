package org.ccadmin.businesshours.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * On which dates a special day happens: once, on one date, or every year, on a fixed date ("25 December") or
 * on a weekday of a month ("4th Thursday of November", "last Monday of May"), so nobody re-imports next year's
 * holidays. Specificity decides between rules that meet on a date: {@link #precedence()}.
 */
public sealed interface DateRule {

    /** The date in {@code year}, if the rule has one (29 February exists in leap years only). */
    Optional<LocalDate> in(int year);

    default boolean on(LocalDate date) {
        return in(date.getYear()).filter(date::equals).isPresent();
    }

    /** Lower wins: a one-off date overrides a yearly date, which overrides a yearly weekday rule. */
    int precedence();

    /** Once, on this date. */
    record Once(LocalDate date) implements DateRule {
        public Once {
            java.util.Objects.requireNonNull(date, "date");
        }

        @Override
        public Optional<LocalDate> in(int year) {
            return date.getYear() == year ? Optional.of(date) : Optional.empty();
        }

        @Override
        public int precedence() {
            return 0;
        }

        @Override
        public String toString() {
            return date.toString();
        }
    }

    /** Every year on this month and day. */
    record YearlyOn(MonthDay day) implements DateRule {
        public YearlyOn {
            java.util.Objects.requireNonNull(day, "day");
        }

        @Override
        public Optional<LocalDate> in(int year) {
            return day.isValidYear(year) ? Optional.of(day.atYear(year)) : Optional.empty();
        }

        @Override
        public int precedence() {
            return 1;
        }

        @Override
        public String toString() {
            return "every " + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /**
     * Every year on the {@code ordinal}th {@code weekday} of {@code month}: ordinal 1 to 4, or -1 for the last
     * (a 5th weekday does not exist every year; "last" does).
     */
    record YearlyWeekday(Month month, int ordinal, DayOfWeek weekday) implements DateRule {
        public YearlyWeekday {
            java.util.Objects.requireNonNull(month, "month");
            java.util.Objects.requireNonNull(weekday, "weekday");
            if (ordinal != -1 && (ordinal < 1 || ordinal > 4)) {
                throw new IllegalArgumentException("The ordinal of a weekday rule is 1 to 4, or -1 for the last");
            }
        }

        @Override
        public Optional<LocalDate> in(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            return Optional.of(ordinal == -1 ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday)));
        }

        @Override
        public int precedence() {
            return 2;
        }

        @Override
        public String toString() {
            String which = switch (ordinal) {
                case -1 -> "last";
                case 1 -> "1st";
                case 2 -> "2nd";
                case 3 -> "3rd";
                default -> ordinal + "th";
            };
            return "every " + which + " " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " of "
                    + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }
}
