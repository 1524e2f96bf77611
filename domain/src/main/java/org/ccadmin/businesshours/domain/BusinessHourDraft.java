package org.ccadmin.businesshours.domain;

import java.util.List;

/**
 * What an administrator gives for a business hour. On a revision a null field keeps the current value; the
 * schedule lists, when given, replace the current ones as a whole.
 */
public record BusinessHourDraft(String name, String description, String timeZone, BusinessHourType type,
        ConfiguredStatus status, Integer statusReasonCode, List<RegularInterval> regularHours, List<SpecialDayEntry> specialDays) {
}
