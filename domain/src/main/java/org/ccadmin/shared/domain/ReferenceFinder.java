package org.ccadmin.shared.domain;

import java.util.List;

/**
 * Implemented by each context that refers to items of another (precision queues refer to media routing
 * domains and bucket intervals, agents to attributes, …). Deleting an item asks every finder, so the
 * "still referenced → 409 naming the references" rule needs no change when a new context arrives.
 */
public interface ReferenceFinder {

    /** Items that refer to the given one; empty when none. {@code resourceType} is the audit type name. */
    List<Reference> referencesTo(String resourceType, long id);
}
