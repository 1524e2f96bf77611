package org.ccadmin.businesshours.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import org.ccadmin.shared.domain.Violations;

/**
 * How a special day given by a date repeats: not at all, every year on the same date, or every year on the
 * same weekday of the month counted from its start ("4th Thursday of November", from 26 November 2026) or
 * from its end ("last Monday of May", from 25 May 2026). The date stays what the administrator gave, so a
 * special day reads back as it was written.
 */
public enum Repeat {
    NONE,
    YEARLY,
    YEARLY_WEEKDAY,
    YEARLY_LAST_WEEKDAY;

    /** The rule for {@code date}; a date that has no such rule is reported under {@code field} and gives null. */
    public DateRule rule(LocalDate date, Violations v, String field) {
        return switch (this) {
            case NONE -> new DateRule.Once(date);
            case YEARLY -> new DateRule.YearlyOn(MonthDay.from(date));
            case YEARLY_WEEKDAY -> {
                int ordinal = (date.getDayOfMonth() - 1) / 7 + 1;
                if (ordinal > 4) {
                    v.add(field, "invalidInput.noYearlyRule", date + " is the 5th " + weekday(date) + " of its month, which not every year has;"
                            + " use YEARLY_LAST_WEEKDAY for the last " + weekday(date) + ".");
                    yield null;
                }
                yield new DateRule.YearlyWeekday(date.getMonth(), ordinal, date.getDayOfWeek());
            }
            case YEARLY_LAST_WEEKDAY -> {
                if (date.getDayOfMonth() + 7 <= date.lengthOfMonth()) {
                    v.add(field, "invalidInput.noYearlyRule", date + " is not the last " + weekday(date) + " of its month.");
                    yield null;
                }
                yield new DateRule.YearlyWeekday(date.getMonth(), -1, date.getDayOfWeek());
            }
        };
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }
}
