package org.ccadmin.shared.rest;

import java.util.List;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.Reference;

/**
 * An RFC 9457 problem body. {@code code} is the stable machine key, {@code errors} names each bad field,
 * {@code references} names what still refers to an item that could not be deleted. Absent members are
 * omitted from the JSON.
 */
public record ProblemView(String type, String title, int status, String detail, String instance, String code,
        List<FieldError> errors, List<Reference> references) {
}
