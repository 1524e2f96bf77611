package org.ccadmin.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Shows an instant as "2026-12-03 14:05:09 UTC": the server's times are UTC, and a console read by
 * administrators in several time zones says so rather than guessing theirs. Output only.
 */
@FacesConverter("ccadmin.Instant")
public class InstantConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("Instants are shown, not entered");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return format(value);
    }

    /** The same text outside a component, e.g. inside a sentence. */
    public static String format(Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
