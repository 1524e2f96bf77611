package org.ccadmin.skills.application;

import java.util.Locale;
import org.ccadmin.skills.domain.Attribute;

/** An attribute as it leaves the service; {@code defaultValue} is true/false or 1–10. */
public record AttributeView(long id, String name, String description, String type, Object defaultValue, long agentCount,
        long changeStamp) {

    public static AttributeView of(Attribute a, long agentCount) {
        return new AttributeView(a.id(), a.name(), a.description(), a.type().name().toLowerCase(Locale.ROOT),
                a.presentDefault(), agentCount, a.changeStamp());
    }
}
