package org.ccadmin.businesshours.application;

import java.util.List;
import org.ccadmin.businesshours.domain.ScheduleText;

/**
 * A business hour as a client wrote it (words and times as text, read by {@link ScheduleText} so every problem is
 * reported at once under its field). On an update a null field keeps the current value; given lists replace
 * the current ones.
 */
public record BusinessHourInput(String name, String description, String timeZone, String type, String status,
        Integer statusReasonCode, List<ScheduleText.Regular> regularHours, List<ScheduleText.Special> specialDays) {
}
