package org.ccadmin.authority.domain;

import jakarta.ejb.ApplicationException;

/** A refused administrative request; {@link #code()} is the stable key of the problem body. */
@ApplicationException(rollback = true, inherited = true)
public class AuthorityException extends RuntimeException {

    private final String code;

    public AuthorityException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
