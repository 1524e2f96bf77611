package org.ccadmin.shared.domain;

/**
 * One problem with one input field. {@code code} is the stable machine key (clients map it to their own
 * text); {@code message} is a complete English sentence for people.
 */
public record FieldError(String field, String code, String message) {
}
