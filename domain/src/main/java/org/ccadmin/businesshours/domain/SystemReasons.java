package org.ccadmin.businesshours.domain;

import java.util.Map;

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

    private SystemReasons() {
    }

    public static boolean isSystem(int code) {
        return code >= 1 && code <= LAST_SYSTEM_CODE;
    }
}
