package org.ccadmin.licensing.protocol;

import java.util.Base64;

/** Unpadded base64url (RFC 7515 §2), the encoding of every JWS part, key id and token. */
final class Base64Url {

    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Strict: padding, standard-alphabet characters or stray bytes are a malformed message. */
    static byte[] decode(String text, String what) {
        if (text.indexOf('=') >= 0 || text.indexOf('+') >= 0 || text.indexOf('/') >= 0) {
            throw new ProtocolException(ProtocolException.MALFORMED, what + " is not unpadded base64url.");
        }
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ProtocolException.MALFORMED, what + " is not base64url.", e);
        }
    }
}
