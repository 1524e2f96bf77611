package org.ccadmin.businesshours.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

/**
 * The time zones a business hour may use: {@code UTC} and the tz database's geographic ids
 * ({@code Area/Location}); its backward-compatible names (US/Eastern, Canada/…, Etc/GMT+5) and fixed offsets
 * are refused, because they hide which place's rules apply.
 */
public final class TimeZoneIds {

    private static final Set<String> AREAS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");

    private TimeZoneIds() {
    }

    public static boolean geographic(String id) {
        int slash = id.indexOf('/');
        return id.equals("UTC") || slash > 0 && AREAS.contains(id.substring(0, slash));
    }

    /** Whether {@code id} is one the Java runtime knows and business hours accept. */
    public static boolean accepted(String id) {
        if (id == null || !geographic(id)) {
            return false;
        }
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
