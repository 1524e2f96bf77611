package org.ccadmin.authority.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the pages show instead of codes: the label of an enum name (entitlement, license type, usage mode,
 * status…) from the message bundle, and instants as dates people read, in UTC like the windows and terms.
 */
@Named
@ApplicationScoped
public class Labels {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.ccadmin.authority.web.messages", Locale.ENGLISH);

    /** The label of {@code kind.name}, e.g. ("entitlement", "PREMIUM_AGENT") → "Premium Agent"; the name itself if none. */
    public String of(String kind, String name) {
        if (name == null) {
            return "";
        }
        try {
            return BUNDLE.getString(kind + "." + name);
        } catch (MissingResourceException e) {
            return name;
        }
    }

    /** "3 Dec 2026, 12:15 UTC"; empty for none. */
    public String instant(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A usage window: "3 Dec 2026, 12:00–12:15 UTC". */
    public String window(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        String from = DATE_TIME.format(start);
        return from.substring(0, from.length() - " UTC".length()) + "–" + TIME.format(end) + " UTC";
    }
}
