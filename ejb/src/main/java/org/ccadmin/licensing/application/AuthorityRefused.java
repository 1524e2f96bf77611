package org.ccadmin.licensing.application;

/**
 * The authority answered and said no ({@code token.unknown}, {@code token.expired}, {@code instance.unknown},
 * …), or its answer could not be trusted ({@code response.badSignature}, {@code response.mismatch}, …).
 */
public class AuthorityRefused extends AuthorityException {

    public AuthorityRefused(String code, String message) {
        super(code, message, null);
    }
}
