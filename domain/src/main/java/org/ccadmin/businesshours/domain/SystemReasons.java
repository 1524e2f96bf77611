package org.ccadmin.businesshours.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccadmin.shared.domain.Violations;

/**
 * The system status reasons (codes 1 to 1000 are the system's; administrators define 1001 to 65535). They
 * exist out of the box, cannot be changed or deleted, and are the reasons the calendar gives when no
 * administrator's reason applies.
 */
public final class SystemReasons {

    public static final int FIRST_USER_CODE = 1001;
    public static final int LAST_USER_CODE = 65535;
    public static final int LAST_SYSTEM_CODE = 1000;

    /** Open in the regular hours of the day. */
    public static final int OPEN_REGULAR_HOURS = 1;
    /** Closed outside the regular hours of the day. */
    public static final int CLOSED_REGULAR_HOURS = 2;
    /** Open: the business hour is 24x7. */
    public static final int OPEN_24X7 = 3;

    public static final Map<Integer, String> ALL = Map.of(
            OPEN_REGULAR_HOURS, "Open as per regular hours",
            CLOSED_REGULAR_HOURS, "Closed as per regular hours",
            OPEN_24X7, "Open 24x7");

    /** The system reasons that say "open"; the others ({@link #CLOSED_REGULAR_HOURS}) say "closed". */
    private static final Set<Integer> MEAN_OPEN = Set.of(OPEN_REGULAR_HOURS, OPEN_24X7);

    private SystemReasons() {
    }

    /** Whether a system reason says open (true) or closed (false); an administrator's reason says neither (empty). */
    public static Optional<Boolean> meansOpen(int code) {
        return ALL.containsKey(code) ? Optional.of(MEAN_OPEN.contains(code)) : Optional.empty();
    }

    /**
     * Refuses a system reason that contradicts the status it is given for, under {@code field}: a routing script
     * that tests the reason code must never read "Open as per regular hours" while the business hour is closed.
     * {@code what} names the status in the message ("a closed special day", "a business hour forced open").
     * Administrators' reasons mean what their text says, so any of them fits either status.
     */
    public static void checkFits(Violations v, String field, Integer code, boolean open, String what) {
        if (code == null || meansOpen(code).map(o -> o == open).orElse(true)) {
            return;
        }
        String fitting = String.join(", ", ALL.keySet().stream().sorted().filter(c -> MEAN_OPEN.contains(c) == open)
                .map(c -> c + " \"" + ALL.get(c) + "\"").toList());
        v.add(field, "invalidInput.reasonContradictsStatus", field + " " + code + " \"" + ALL.get(code) + "\" means "
                + (open ? "closed" : "open") + "; " + what + " needs a reason that means " + (open ? "open" : "closed") + " ("
                + fitting + ") or one of your own (" + FIRST_USER_CODE + " to " + LAST_USER_CODE + ").");
    }

    public static boolean isSystem(int code) {
        return code >= 1 && code <= LAST_SYSTEM_CODE;
    }
}
