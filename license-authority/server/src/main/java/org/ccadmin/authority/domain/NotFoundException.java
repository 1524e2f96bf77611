package org.ccadmin.authority.domain;

/** The item named in the request does not exist (404). */
public class NotFoundException extends AuthorityException {

    public NotFoundException(String what, Object id) {
        super("notFound", "No " + what + " with id " + id + ".");
    }
}
