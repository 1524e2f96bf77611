package org.ccadmin.businesshours.domain;

import java.util.List;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;

/**
 * The rules of a business hour's schedule, checked all at once so the administrator sees every problem:
 * a custom business hour needs regular hours and a 24x7 one has none; regular intervals must not overlap
 * (an overnight interval reaches into the next day, Sunday's into Monday); a special day's intervals must not
 * overlap either, and no date rule may be given twice;
 * a system status reason must not contradict the status it is given for (no "Open as per regular hours" on a
 * holiday or a business hour forced closed); at most {@value #MAX_ENTRIES} schedule entries
 * (regular intervals plus special days, an open one once per interval); a forced status needs a reason.
 */
public final class ScheduleCheck {

    public static final int MAX_ENTRIES = 50;
    public static final int MAX_BUSINESS_HOURS = 1000;

    private ScheduleCheck() {
    }

    public static void check(Violations v, BusinessHourType type, ConfiguredStatus status, Integer forcedReason,
            List<RegularInterval> regular, List<SpecialDay> specialDays) {
        if (status != null && status.forced() && forcedReason == null) {
            v.add("statusReasonCode", "invalidInput.fieldRequired",
                    "statusReasonCode is required when the status is forced open or closed.");
        }
        if (status != null && status.forced()) {
            SystemReasons.checkFits(v, "statusReasonCode", forcedReason, status == ConfiguredStatus.FORCE_OPEN,
                    status == ConfiguredStatus.FORCE_OPEN ? "a business hour forced open" : "a business hour forced closed");
        }
        if (type == BusinessHourType.CUSTOM && regular.isEmpty()) {
            v.add("regularHours", "invalidInput.fieldRequired",
                    "A custom business hour needs regular hours on at least one day.");
        }
        if (type == BusinessHourType.TWENTY_FOUR_SEVEN && !regular.isEmpty()) {
            v.add("regularHours", "invalidInput.notApplicable",
                    "A 24x7 business hour is always open and has no regular hours; choose the custom type to set them.");
        }
        for (int i = 0; i < regular.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (regular.get(i).overlaps(regular.get(j))) {
                    v.add("regularHours[" + i + "]", "invalidInput.overlap",
                            regular.get(i) + " overlaps " + regular.get(j) + ".");
                    break;
                }
            }
        }
        for (int i = 0; i < specialDays.size(); i++) {
            SpecialDay day = specialDays.get(i);
            String field = "specialDays[" + i + "]";
            Names.checkDescription(v, field + ".description", day.description());
            checkReason(v, field + ".statusReasonCode", day);
            List<OpenInterval> intervals = day.intervals();
            for (int a = 0; a < intervals.size(); a++) {
                for (int b = 0; b < a; b++) {
                    if (overlapsOnOneDay(intervals.get(a), intervals.get(b))) {
                        v.add(field + ".intervals[" + a + "]", "invalidInput.overlap",
                                intervals.get(a) + " overlaps " + intervals.get(b) + " on " + day.rule() + ".");
                        break;
                    }
                }
            }
            for (int j = 0; j < i; j++) {
                if (specialDays.get(j).rule().equals(day.rule())) {
                    v.add(field + ".date", "invalidInput.duplicate", day.rule() + " is given twice (special days " + j + " and " + i + ").");
                    break;
                }
            }
        }
        // As in the modelled system, each start/end pair is a schedule entry: an open special day counts once per interval.
        int entries = regular.size() + specialDays.stream().mapToInt(d -> Math.max(1, d.intervals().size())).sum();
        if (entries > MAX_ENTRIES) {
            v.add("specialDays", "invalidInput.limitExceeded", "A business hour has at most " + MAX_ENTRIES
                    + " schedule entries (regular intervals plus special days, an open special day once per interval); this one has "
                    + entries + ".");
        }
    }

    /** A special day's reason must not say the opposite of the day (see {@link SystemReasons#checkFits}). */
    public static void checkReason(Violations v, String field, SpecialDay day) {
        SystemReasons.checkFits(v, field, day.reasonCode(), day.open(), day.open() ? "an open special day" : "a closed special day (holiday)");
    }

    /** Intervals of one date all start on it: compared on a line (an overnight one may reach past midnight). */
    private static boolean overlapsOnOneDay(OpenInterval a, OpenInterval b) {
        int as = a.startMinute();
        int bs = b.startMinute();
        return as < bs + b.nominalMinutes() && bs < as + a.nominalMinutes();
    }
}
