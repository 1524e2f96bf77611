package org.ccadmin.bulk.application;

import java.util.List;
import java.util.stream.Collectors;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;

/** How a refused row is explained in the log and the result file: {@code field: message}, as the modelled log does. */
final class BulkMessages {

    private BulkMessages() {
    }

    static String of(DomainException e) {
        List<FieldError> errors = e instanceof InvalidInputException i ? i.errors()
                : e instanceof ConflictException c ? c.errors() : List.of();
        if (errors.isEmpty()) {
            return e.getMessage();
        }
        return errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining(" "));
    }

    static ConflictException duplicate(String field, String message) {
        return new ConflictException("conflict.duplicate", message, List.of(new FieldError(field, "conflict.duplicate", message)),
                List.of());
    }
}
