package org.ccadmin.skills.domain.criteria;

import java.util.Optional;

/** Finds a configured attribute by name, ignoring case (attribute names are unique regardless of case). */
@FunctionalInterface
public interface AttributeLookup {

    Optional<AttributeRef> find(String name);
}
