package org.ccadmin.businesshours.domain;

/** Which step of the evaluation decided a day's hours or the status at an instant. */
public enum HoursSource {
    /** Force Open or Force Close. */
    FORCED,
    /** A special day with hours of its own. */
    SPECIAL_DAY,
    /** A closed special day. */
    HOLIDAY,
    /** The regular hours of the weekday. */
    REGULAR,
    /** A 24x7 business hour on an ordinary day. */
    TWENTY_FOUR_SEVEN
}
