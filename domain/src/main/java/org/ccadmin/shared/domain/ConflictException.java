package org.ccadmin.shared.domain;

import java.util.List;

/**
 * The request is well-formed but conflicts with the current state: a duplicate name, a built-in resource,
 * a system limit, a resource still referenced elsewhere. Optional field errors say which input caused it;
 * optional references name what still points at the resource.
 */
public class ConflictException extends DomainException {

    private final List<FieldError> errors;
    private final List<Reference> references;

    public ConflictException(String code, String message) {
        this(code, message, List.of(), List.of());
    }

    public ConflictException(String code, String message, List<FieldError> errors, List<Reference> references) {
        super(code, message);
        this.errors = List.copyOf(errors);
        this.references = List.copyOf(references);
    }

    public static ConflictException duplicateName(String resourceType, String name) {
        String article = "aeiou".indexOf(Character.toLowerCase(resourceType.charAt(0))) >= 0 ? "An " : "A ";
        String message = article + resourceType + " named '" + name + "' already exists (names are compared ignoring case).";
        return new ConflictException("conflict.duplicateName", message,
                List.of(new FieldError("name", "conflict.duplicateName", message)), List.of());
    }

    public static ConflictException builtIn(String resourceType, String name, String action) {
        return new ConflictException("conflict.builtIn",
                "The built-in " + resourceType + " '" + name + "' cannot be " + action + ".");
    }

    public static ConflictException limitReached(String resourceType, int limit) {
        return new ConflictException("limitExceeded",
                "The system already holds the maximum of " + limit + " " + resourceType + "s.");
    }

    public static ConflictException referenced(String resourceType, String name, List<Reference> references) {
        return new ConflictException("referenceViolation",
                "The " + resourceType + " '" + name + "' is still referenced by " + references.size()
                        + " item(s) and cannot be deleted.", List.of(), references);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<Reference> references() {
        return references;
    }
}
