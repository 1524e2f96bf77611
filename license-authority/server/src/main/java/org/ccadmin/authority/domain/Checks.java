package org.ccadmin.authority.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Collects every problem of one input before refusing it, so the administrator sees all of them at once. */
public final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Checks add(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** A required, trimmed name of at most {@code max} characters; returns it trimmed (or null if refused). */
    public String name(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "invalidInput.fieldRequired", field + " is required.");
            return null;
        }
        String name = value.strip();
        if (name.length() > max) {
            add(field, "invalidInput.tooLong", field + " must be at most " + max + " characters.");
            return null;
        }
        return name;
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            add(field, "invalidInput.fieldRequired", field + " is required.");
        }
        return value;
    }

    /** The constant named {@code value}, or a problem listing the allowed names. */
    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            add(field, "invalidInput.fieldRequired", field + " is required.");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(field, "invalidInput.unknownValue", field + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
            return null;
        }
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
