package org.ccadmin.licensing.infrastructure;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** The product's Ed25519 key pair, made once at the first start and stored with the instance (never hard-coded). */
final class ProductKeys {

    private ProductKeys() {
    }

    /** {publicKey, privateKey} as base64 of their X.509 and PKCS#8 encodings. */
    static String[] generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Base64.Encoder b64 = Base64.getEncoder();
            return new String[] {b64.encodeToString(pair.getPublic().getEncoded()),
                    b64.encodeToString(pair.getPrivate().getEncoded())};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK offers no Ed25519 key pair generator", e);
        }
    }
}
