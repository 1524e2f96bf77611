package org.ccadmin.skills.application;

/** An agent holding an attribute, and its value (the attribute's Members tab). */
public record AttributeHolderView(long id, String agentId, String userName, String firstName, String lastName,
        Object value) {
}
