package org.ccadmin.authority.domain;

import java.util.List;

/** Bad input, with every problem named by its field (400). */
public class InvalidInputException extends AuthorityException {

    private final List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        super("invalidInput", errors.size() == 1 ? errors.get(0).message()
                : "The request has " + errors.size() + " problems; see errors.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
