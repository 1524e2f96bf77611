package org.ccadmin.businesshours.domain;

/** What the administrator set: follow the calendar, or force open or closed (with a status reason) until changed. */
public enum ConfiguredStatus {
    CALENDAR,
    FORCE_OPEN,
    FORCE_CLOSE;

    public boolean forced() {
        return this != CALENDAR;
    }
}
