package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The authority's verdict on one license line of one usage window: the pool's status, the licenses it holds,
 * the usage to report (locked while Out-of-Compliance), the consecutive overages and since when it is out of
 * compliance (null unless it is).
 */
public record LineVerdict(Entitlement entitlement, EntitlementStatus status, int entitled, int poolUsage,
        int reportedUsage, int overages, Instant outOfComplianceSince) {

    public LineVerdict {
        Objects.requireNonNull(entitlement, "entitlement");
        Objects.requireNonNull(status, "status");
    }

    /** What the product instance learns from it about the line. */
    public LineCompliance compliance() {
        return new LineCompliance(entitlement, status, outOfComplianceSince);
    }
}
