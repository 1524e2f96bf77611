package org.ccadmin.skills.domain;

/**
 * What a client asks an attribute to be; null means "not given" (default on create, unchanged on update).
 * {@code defaultValue} is a Boolean, an Integer or a String as typed in a form or CSV file; the attribute's
 * type decides what it must be.
 */
public record AttributeDraft(String name, String description, AttributeType type, Object defaultValue) {
}
