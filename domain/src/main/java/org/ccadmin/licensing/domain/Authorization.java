package org.ccadmin.licensing.domain;

import java.time.Instant;
import org.ccadmin.shared.domain.Violations;

/**
 * The authority's answer for one license line: its verdict and until when it holds. Only statuses the authority
 * decides are accepted; evaluation, expiry and waiting are worked out here from time.
 */
public record Authorization(Entitlement entitlement, EntitlementStatus status, Instant expiresAt) {

    public Authorization {
        Violations v = new Violations();
        v.required("entitlement", entitlement);
        EntitlementStatus.requireVerdict(v, status);
        v.required("expiresAt", expiresAt);
        v.throwIfAny();
    }

    public static Authorization inCompliance(Entitlement entitlement, Instant expiresAt) {
        return new Authorization(entitlement, EntitlementStatus.IN_COMPLIANCE, expiresAt);
    }
}
