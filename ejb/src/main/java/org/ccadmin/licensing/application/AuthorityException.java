package org.ccadmin.licensing.application;

/**
 * An exchange with the licensing authority did not succeed. Checked, so that every caller decides what a
 * failure means (an alert and a retry, a local deregistration, a message to the administrator).
 */
public abstract class AuthorityException extends Exception {

    private final String code;

    protected AuthorityException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A stable key: {@code authority.unreachable}, or the authority's refusal code such as {@code token.unknown}. */
    public String code() {
        return code;
    }
}
