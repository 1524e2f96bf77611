package org.ccadmin.businesshours.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time zones a business hour can use: the IANA region ids of the Java runtime's tz database (not the
 * Windows registry the modelled system reads), sorted west to east by their offset now, then by id.
 */
@ApplicationScoped
public class TimeZones {

    @Inject
    private Clock clock;

    public List<TimeZoneView> all() {
        Instant now = clock.instant();
        return ZoneId.getAvailableZoneIds().stream().filter(org.ccadmin.businesshours.domain.TimeZoneIds::geographic).map(ZoneId::of)
                .sorted(Comparator.comparing((ZoneId z) -> z.getRules().getOffset(now)).reversed().thenComparing(ZoneId::getId))
                .map(z -> view(z, now)).toList();
    }

    public Optional<TimeZoneView> find(String id) {
        return all().stream().filter(z -> z.id().equals(id)).findFirst();
    }

    private static TimeZoneView view(ZoneId zone, Instant now) {
        ZoneOffset offset = zone.getRules().getOffset(now);
        String text = offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
        boolean dst = zone.getRules().nextTransition(now) != null;
        return new TimeZoneView(zone.getId(), text, "(UTC" + text + ") " + zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " - " + zone.getId().replace('_', ' '), dst);
    }
}
