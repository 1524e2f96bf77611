package org.ccadmin.sso.domain;

import org.ccadmin.shared.domain.DomainException;

/**
 * A sign-in whose credentials are missing ({@value #CREDENTIALS_REQUIRED}) or not accepted ({@value #REFUSED}).
 * The message names the user and the reason, never a secret, so it may be logged and shown.
 */
public class SignInRefusedException extends DomainException {

    public static final String CREDENTIALS_REQUIRED = "signIn.credentialsRequired";
    public static final String REFUSED = "signIn.refused";

    public SignInRefusedException(String code, String message) {
        super(code, message);
    }

    public static SignInRefusedException refused(String message) {
        return new SignInRefusedException(REFUSED, message);
    }
}
