package org.ccadmin.licensing.application;

import org.ccadmin.licensing.domain.CaCertificate;
import org.ccadmin.licensing.domain.TransportSettings;

/**
 * What an exchange needs besides its message: how to reach the authority, whom to trust, and the keys. The
 * private key never leaves the server; it is here only so the adapter can sign.
 *
 * @param caCertificate      the uploaded CA for HTTPS, or null (the JDK's CAs only)
 * @param productPublicKey   base64 X.509 SubjectPublicKeyInfo of the product's Ed25519 key
 * @param productPrivateKey  base64 PKCS#8 of the product's Ed25519 key
 * @param authorityPublicKey base64 X.509 of the authority's key, null before the first registration
 */
public record AuthorityConnection(TransportSettings transport, CaCertificate caCertificate, String productPublicKey,
        String productPrivateKey, String authorityPublicKey) {

    @Override
    public String toString() {
        return "AuthorityConnection[" + transport + "]";
    }
}
