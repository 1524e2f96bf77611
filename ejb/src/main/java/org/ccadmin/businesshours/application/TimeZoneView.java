package org.ccadmin.businesshours.application;

/** A time zone: IANA id, its offset now, a display name, and whether it changes its clocks. */
public record TimeZoneView(String id, String currentOffset, String displayName, boolean daylightSaving) {
}
