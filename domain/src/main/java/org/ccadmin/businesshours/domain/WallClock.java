package org.ccadmin.businesshours.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns the local wall-clock bounds of an open interval into instants, with one explicit policy for the two
 * hours a year when wall clock and instants disagree:
 * <ul>
 * <li><b>Gap</b> (clocks jump forward): a bound that does not exist on the wall falls on the instant of the
 * jump. An interval is therefore shortened by the missing time, never shifted: 01:30–03:00 on the night
 * New York jumps from 02:00 to 03:00 lasts 30 minutes; 02:15–02:45 that night does not happen at all.</li>
 * <li><b>Overlap</b> (clocks fall back): a start that the wall shows twice is the earlier one, an end the later
 * one, so an interval through the repeated hour lasts the extra hour and is never split.</li>
 * </ul>
 * Everything else is plain: a wall-clock time that exists once is that instant.
 */
public final class WallClock {

    private WallClock() {
    }

    public static Instant start(LocalDateTime wall, ZoneId zone) {
        return resolve(wall, zone, true);
    }

    public static Instant end(LocalDateTime wall, ZoneId zone) {
        return resolve(wall, zone, false);
    }

    private static Instant resolve(LocalDateTime wall, ZoneId zone, boolean start) {
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition transition = rules.getTransition(wall);
        if (transition == null) {
            return wall.atZone(zone).toInstant();
        }
        if (transition.isGap()) {
            return transition.getInstant();
        }
        // Overlap: the offset before the transition gives the earlier instant.
        return wall.toInstant(start ? transition.getOffsetBefore() : transition.getOffsetAfter());
    }
}
