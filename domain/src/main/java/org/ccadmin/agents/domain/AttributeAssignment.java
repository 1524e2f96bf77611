package org.ccadmin.agents.domain;

/** "Give attribute {@code attributeId} the value {@code value}" (Boolean, Integer or their text; null = its default). */
public record AttributeAssignment(long attributeId, Object value) {
}
