package org.ccadmin.shared.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule violation of one input so that a client learns about all of them at once.
 * Range and required checks phrase their messages the same way everywhere.
 */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Value required: reports {@code invalidInput.fieldRequired} when null. */
    public boolean required(String field, Object value) {
        if (value == null) {
            add(field, "invalidInput.fieldRequired", field + " is required.");
            return false;
        }
        return true;
    }

    /** Inclusive range check; null is left to {@link #required}. */
    public void range(String field, Integer value, long min, long max) {
        if (value != null && (value < min || value > max)) {
            add(field, "invalidInput.outOfRange", field + " must be a whole number from " + min + " to " + max + ".");
        }
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "invalidInput.fieldLengthExceeded", field + " must be at most " + max + " characters long.");
        }
    }

    /** Throws an {@link InvalidInputException} with everything collected, if anything was. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
