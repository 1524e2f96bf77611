package org.ccadmin.licensing.compliance;

import java.time.Instant;

/**
 * Compliance state of one entitlement of one virtual account's pool, between two windows: the consecutive
 * overages counted so far, since when the pool is out of compliance (null while it is not) and the usage
 * locked while it is (0 while it is not).
 */
public record PoolState(int overages, Instant outOfComplianceSince, int lockedUsage) {

    private static final PoolState COMPLIANT = new PoolState(0, null, 0);

    public PoolState {
        if (overages < 0) {
            throw new IllegalArgumentException("overages must not be negative");
        }
        if (lockedUsage < 0) {
            throw new IllegalArgumentException("lockedUsage must not be negative");
        }
        if (outOfComplianceSince == null && lockedUsage != 0) {
            // usage is locked only while out of compliance; a lock without a start would never end cleanly
            throw new IllegalArgumentException("lockedUsage must be 0 unless out of compliance");
        }
    }

    /** No overage counted, in compliance. */
    public static PoolState compliant() {
        return COMPLIANT;
    }

    public boolean outOfCompliance() {
        return outOfComplianceSince != null;
    }
}
