package org.ccadmin.skills.domain.criteria;

import java.util.Objects;
import org.ccadmin.skills.domain.AttributeType;

/** A configured attribute as criteria see it: its name as configured (the canonical spelling) and its type. */
public record AttributeRef(String name, AttributeType type) {

    public AttributeRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
