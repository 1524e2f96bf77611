package org.ccadmin.authority.domain;

/** The request contradicts what is already there: a duplicate name, a revoked token, a removed instance (409). */
public class ConflictException extends AuthorityException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
