package org.ccadmin.businesshours.domain;

/** Always open (special days still apply), or open in the regular hours given per weekday. */
public enum BusinessHourType {
    TWENTY_FOUR_SEVEN,
    CUSTOM
}
