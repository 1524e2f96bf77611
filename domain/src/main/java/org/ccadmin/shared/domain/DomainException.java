package org.ccadmin.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * Base of every rule violation. It is an application exception so that an EJB passes it to its caller
 * unwrapped, and rolls the transaction back: nothing half-done is ever stored.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable machine key of the problem, e.g. {@code conflict.staleChangeStamp}. */
    public String code() {
        return code;
    }
}
