package org.ccadmin.licensing.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import org.ccadmin.shared.domain.InvalidInputException;

/**
 * The authority's CA certificate the administrator uploaded for HTTPS, in PEM, instead of the modelled system's
 * keytool step and service restart. It is trusted in addition to the JDK's own CAs; the host name must still
 * match the authority's certificate.
 */
public record CaCertificate(String pem, String subject, Instant expiresAt) {

    public static final String FIELD = "caCertificate";
    /** A PEM certificate is 1–3 KB; the limit leaves room for a short chain. */
    public static final int MAX_LENGTH = 16000;

    /** Reads one X.509 certificate (or a chain; the first is shown) from PEM text. */
    public static CaCertificate parse(String pem) {
        if (pem == null || pem.isBlank()) {
            throw InvalidInputException.of(FIELD, "invalidInput.fieldRequired", "caCertificate is required (PEM text).");
        }
        if (pem.length() > MAX_LENGTH) {
            throw InvalidInputException.of(FIELD, "invalidInput.tooLong",
                    "caCertificate must be at most " + MAX_LENGTH + " characters.");
        }
        if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
            throw invalid("caCertificate must be a PEM certificate starting with -----BEGIN CERTIFICATE-----.");
        }
        try {
            Collection<? extends java.security.cert.Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
            if (all.isEmpty() || !(all.iterator().next() instanceof X509Certificate first)) {
                throw invalid("caCertificate holds no X.509 certificate.");
            }
            return new CaCertificate(pem.strip(), first.getSubjectX500Principal().getName(),
                    first.getNotAfter().toInstant());
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw invalid("caCertificate is not a valid X.509 certificate in PEM.");
        }
    }

    /** The certificates to trust, read again from the stored text. */
    public Collection<X509Certificate> certificates() {
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                    .stream().map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            throw new IllegalStateException("The stored CA certificate can no longer be read", e);
        }
    }

    private static InvalidInputException invalid(String message) {
        return InvalidInputException.of(FIELD, "invalidInput.invalidCertificate", message);
    }
}
