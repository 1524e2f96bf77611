package org.ccadmin.licensing.application;

import java.time.Instant;
import org.ccadmin.licensing.domain.CaCertificate;
import org.ccadmin.licensing.domain.StoredProductInstance;
import org.ccadmin.licensing.domain.TransportSettings;

/**
 * The saved Transport Settings (mode null until saved once) and the uploaded CA certificate, shown by subject
 * and expiry, never as the PEM text.
 */
public record TransportView(String mode, String gatewayUrl, String proxyHost, Integer proxyPort,
        CertificateView caCertificate, long changeStamp) {

    public record CertificateView(String subject, Instant expiresAt) {
    }

    static TransportView of(StoredProductInstance stored, TransportSettings t) {
        CaCertificate ca = stored.caCertificate();
        return new TransportView(t == null ? null : t.mode().name(), t == null ? null : t.gatewayUrl(),
                t == null ? null : t.proxyHost(), t == null ? null : t.proxyPort(),
                ca == null ? null : new CertificateView(ca.subject(), ca.expiresAt()), stored.changeStamp());
    }
}
