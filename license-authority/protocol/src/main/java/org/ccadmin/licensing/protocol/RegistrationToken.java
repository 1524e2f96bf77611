package org.ccadmin.licensing.protocol;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A product instance registration token: 16 random bytes that name the token at the authority, followed by
 * the SHA-256 of the authority's public key, in base64url (64 characters). The administrator carries it from
 * the authority's console to the product, a channel they trust, so the product can check that the first
 * answer is signed by that authority ({@link #checkIssuedBy}).
 */
public final class RegistrationToken {

    public static final int ID_BYTES = 16;
    public static final int DIGEST_BYTES = 32;
    public static final int LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] id;
    private final byte[] authorityKeyDigest;

    private RegistrationToken(byte[] id, byte[] authorityKeyDigest) {
        this.id = id;
        this.authorityKeyDigest = authorityKeyDigest;
    }

    /** A new token of the authority whose public key is {@code authorityKey}. */
    public static RegistrationToken issue(PublicKey authorityKey) {
        byte[] id = new byte[ID_BYTES];
        RANDOM.nextBytes(id);
        return new RegistrationToken(id, SigningKeys.sha256(authorityKey.getEncoded()));
    }

    /** Reads a pasted token (surrounding white space is ignored); anything else is {@code token.malformed}. */
    public static RegistrationToken parse(String text) {
        String token = text == null ? "" : text.strip();
        if (token.length() != LENGTH) {
            throw malformed();
        }
        byte[] bytes;
        try {
            bytes = Base64Url.decode(token, "The token");
        } catch (ProtocolException e) {
            throw malformed();
        }
        if (bytes.length != ID_BYTES + DIGEST_BYTES) {
            throw malformed();
        }
        return new RegistrationToken(Arrays.copyOf(bytes, ID_BYTES), Arrays.copyOfRange(bytes, ID_BYTES, bytes.length));
    }

    /** The text the administrator copies. */
    public String text() {
        byte[] bytes = Arrays.copyOf(id, ID_BYTES + DIGEST_BYTES);
        System.arraycopy(authorityKeyDigest, 0, bytes, ID_BYTES, DIGEST_BYTES);
        return Base64Url.encode(bytes);
    }

    /**
     * What the authority stores to find the token again: the base64url SHA-256 of the token id, so its
     * database never holds a usable token.
     */
    public String lookupKey() {
        return Base64Url.encode(SigningKeys.sha256(id));
    }

    public boolean isIssuedBy(PublicKey authorityKey) {
        return MessageDigest.isEqual(authorityKeyDigest, SigningKeys.sha256(authorityKey.getEncoded()));
    }

    /** {@code token.wrongAuthority} unless the token carries the digest of {@code authorityKey}. */
    public void checkIssuedBy(PublicKey authorityKey) {
        if (!isIssuedBy(authorityKey)) {
            throw new ProtocolException(ProtocolException.TOKEN_WRONG_AUTHORITY,
                    "The answer is signed by a different authority than the one that issued the token.");
        }
    }

    private static ProtocolException malformed() {
        return new ProtocolException(ProtocolException.TOKEN_MALFORMED,
                "The token is not a registration token: copy the whole " + LENGTH + "-character token from the authority.");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistrationToken t && Arrays.equals(id, t.id) && Arrays.equals(authorityKeyDigest, t.authorityKeyDigest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(id);
    }

    /** Never the token itself: it is a credential. */
    @Override
    public String toString() {
        return "RegistrationToken[" + lookupKey().substring(0, 8) + "…]";
    }
}
