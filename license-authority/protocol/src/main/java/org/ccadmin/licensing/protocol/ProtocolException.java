package org.ccadmin.licensing.protocol;

/**
 * A message or request that the protocol refuses. {@link #code()} is the stable key that travels in a
 * {@code refused} answer (and matches ccadmin's problem codes); the message is for people.
 */
public class ProtocolException extends RuntimeException {

    public static final String BAD_SIGNATURE = "message.badSignature";
    public static final String REPLAYED = "message.replayed";
    public static final String STALE = "message.stale";
    public static final String MALFORMED = "message.malformed";
    /** A response that does not answer the request just sent, or is addressed to someone else. */
    public static final String UNEXPECTED = "message.unexpected";
    public static final String TOKEN_UNKNOWN = "token.unknown";
    public static final String TOKEN_EXPIRED = "token.expired";
    public static final String TOKEN_REVOKED = "token.revoked";
    public static final String TOKEN_EXHAUSTED = "token.exhausted";
    public static final String TOKEN_MALFORMED = "token.malformed";
    /** A token whose key digest is not the key of the authority that answered. */
    public static final String TOKEN_WRONG_AUTHORITY = "token.wrongAuthority";
    public static final String INSTANCE_UNKNOWN = "instance.unknown";
    /** A {@code report-usage} whose report list breaks the window rules (the message says which). */
    public static final String USAGE_MALFORMED = "usage.malformed";

    private final String code;

    public ProtocolException(String code, String message) {
        super(message);
        this.code = code;
    }

    public ProtocolException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
