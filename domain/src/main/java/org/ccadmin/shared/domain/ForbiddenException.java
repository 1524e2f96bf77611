package org.ccadmin.shared.domain;

import java.util.List;

/**
 * The caller's role allows the operation, but not on this field or this part of it: a supervisor may change
 * an agent's attribute values and nothing else. Names every refused field, like {@link InvalidInputException}.
 */
public class ForbiddenException extends DomainException {

    private final List<FieldError> errors;

    public ForbiddenException(List<FieldError> errors) {
        super("forbidden", errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields may not be changed in your role.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
