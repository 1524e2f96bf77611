package org.ccadmin.licensing.protocol;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys as the protocol stores and sends them: public keys as base64 X.509 SubjectPublicKeyInfo,
 * private keys as base64 PKCS#8 (for the owner's own database only), and the key id as the base64url
 * SHA-256 of the public key's encoding. Uses only the JDK's built-in provider.
 */
public final class SigningKeys {

    public static final String ALGORITHM = "Ed25519";

    private SigningKeys() {
    }

    /** A fresh key pair; each side makes one on its first start and keeps it. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK has no Ed25519 support", e);
        }
    }

    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encodePrivate(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A public key received in a message; anything but an Ed25519 SubjectPublicKeyInfo is malformed. */
    public static PublicKey decodePublic(String encoded) {
        try {
            return factory().generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (IllegalArgumentException | GeneralSecurityException | NullPointerException e) {
            throw new ProtocolException(ProtocolException.MALFORMED, "The public key is not a base64 Ed25519 SubjectPublicKeyInfo.", e);
        }
    }

    public static PrivateKey decodePrivate(String encoded) {
        try {
            return factory().generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("The stored private key is not a base64 Ed25519 PKCS#8 key.", e);
        }
    }

    /** Rebuilds a stored pair. */
    public static KeyPair decodePair(String publicKey, String privateKey) {
        return new KeyPair(decodePublic(publicKey), decodePrivate(privateKey));
    }

    /** The {@code kid} of messages signed with the matching private key. */
    public static String keyId(PublicKey key) {
        return Base64Url.encode(sha256(key.getEncoded()));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyFactory factory() throws NoSuchAlgorithmException {
        return KeyFactory.getInstance(ALGORITHM);
    }
}
