package org.ccadmin.licensing.domain;

import java.time.Instant;
import org.ccadmin.shared.domain.Violations;

/**
 * The authority's latest compliance verdict on one license line of the virtual account's pool, from a usage
 * report (or an authorization that said Out-of-Compliance). {@code outOfComplianceSince} is set exactly while
 * the line is Out-of-Compliance: the 90 days before Enforcement count from it.
 */
public record LineCompliance(Entitlement entitlement, EntitlementStatus status, Instant outOfComplianceSince) {

    public LineCompliance {
        Violations v = new Violations();
        v.required("entitlement", entitlement);
        EntitlementStatus.requireVerdict(v, status);
        if (status == EntitlementStatus.OUT_OF_COMPLIANCE && outOfComplianceSince == null) {
            v.add("outOfComplianceSince", "invalidInput.fieldRequired", "An Out-of-Compliance verdict says since when.");
        }
        v.throwIfAny();
        if (status != EntitlementStatus.OUT_OF_COMPLIANCE) {
            outOfComplianceSince = null;
        }
    }

    public boolean outOfCompliance() {
        return status == EntitlementStatus.OUT_OF_COMPLIANCE;
    }
}
