package org.ccadmin.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One line's latest compliance verdict, as a row of {@code product_instance_compliance}. */
@Embeddable
public class StoredCompliance {

    @Enumerated(EnumType.STRING)
    @Column(name = "entitlement", nullable = false, length = 32)
    private Entitlement entitlement;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private EntitlementStatus status;

    @Column(name = "out_of_compliance_since")
    private Instant outOfComplianceSince;

    protected StoredCompliance() {
    }

    StoredCompliance(LineCompliance c) {
        this.entitlement = c.entitlement();
        this.status = c.status();
        this.outOfComplianceSince = c.outOfComplianceSince();
    }

    LineCompliance toCompliance() {
        return new LineCompliance(entitlement, status, outOfComplianceSince);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredCompliance other && entitlement == other.entitlement;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(entitlement);
    }
}
