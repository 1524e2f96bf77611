package org.ccadmin.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One line of the authority's last authorization, as a row of {@code product_instance_authorization}. */
@Embeddable
public class StoredAuthorization {

    @Enumerated(EnumType.STRING)
    @Column(name = "entitlement", nullable = false, length = 32)
    private Entitlement entitlement;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private EntitlementStatus status;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected StoredAuthorization() {
    }

    StoredAuthorization(Authorization a) {
        this.entitlement = a.entitlement();
        this.status = a.status();
        this.expiresAt = a.expiresAt();
    }

    Authorization toAuthorization() {
        return new Authorization(entitlement, status, expiresAt);
    }
}
