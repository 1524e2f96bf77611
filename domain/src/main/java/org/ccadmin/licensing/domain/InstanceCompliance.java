package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One product instance of the deployment as the compliance report and the banner see it at one instant: its
 * status (registration, authorization, enforcement with their "since") and its deadlines.
 */
public record InstanceCompliance(LicensingStatus status, Deadlines deadlines, Instant at) {

    public InstanceCompliance {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(at, "at");
    }

    public static InstanceCompliance of(ProductInstance p, Instant now) {
        return new InstanceCompliance(p.status(now), p.deadlines(), now);
    }

    public String name() {
        return status.productInstanceName();
    }
}
