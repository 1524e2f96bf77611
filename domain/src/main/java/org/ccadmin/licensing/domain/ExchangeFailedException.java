package org.ccadmin.licensing.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.ccadmin.shared.domain.ConflictException;

/**
 * An exchange with the licensing authority failed: it was unreachable, refused the request, or answered with
 * something that could not be trusted. Unlike other rule violations it does not roll back, because what it
 * leaves behind must stay: the licensing log entry that explains it and the communication-failure alert.
 * The licensing state itself is unchanged.
 */
@ApplicationException(rollback = false, inherited = true)
public class ExchangeFailedException extends ConflictException {

    private final boolean unreachable;

    public ExchangeFailedException(String code, String message, boolean unreachable) {
        super(code, message, List.of(), List.of());
        this.unreachable = unreachable;
    }

    public boolean isUnreachable() {
        return unreachable;
    }
}
