package org.ccadmin.shared.domain;

import java.util.List;

/** Input that breaks a rule; carries every problem found, not only the first. */
public class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalidInput", summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid.";
    }
}
