package org.ccadmin.licensing.application;

import org.ccadmin.licensing.domain.CommunicationFailure;

/** No answer came: connection refused or timed out, DNS, TLS handshake, proxy, or an HTTP error without a signed answer. */
public class AuthorityUnreachable extends AuthorityException {

    public AuthorityUnreachable(String message, Throwable cause) {
        super(CommunicationFailure.UNREACHABLE, message, cause);
    }
}
