package org.ccadmin.authority.domain;

/** One problem with one input field: the field, a stable code and a sentence for people. */
public record FieldProblem(String field, String code, String message) {
}
