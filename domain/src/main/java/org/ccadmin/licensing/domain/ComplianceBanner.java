package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The banner every console page shows while any product instance of the deployment is in Evaluation,
 * Out-of-Compliance or Enforcement: the aggregate of all of them, worst first (Enforcement &gt;
 * Out-of-Compliance &gt; Evaluation), for the instance that decides it. ccadmin has one product instance per
 * deployment, but the rule is over the list so that it stays right if there are more.
 *
 * @param level    the aggregate level
 * @param instance the product instance that decides it (the worst; among equals the one whose state ends first)
 * @param since    since when that instance is in the state
 * @param until    when the state ends if nothing changes (Evaluation: its end, which is also when enforcement
 *                 starts); null when only an administrator's action ends it (Enforcement), or while no deadline
 *                 is derived (Out-of-Compliance until usage reporting adds its 90-day expiry)
 * @param reason   the enforcement's reason, null unless {@code level} is Enforcement
 */
public record ComplianceBanner(ComplianceLevel level, String instance, Instant since, Instant until,
        EnforcementReason reason) {

    /** The banner for these product instances, or empty when none is in a state the banner announces. */
    public static Optional<ComplianceBanner> of(List<InstanceCompliance> instances) {
        return instances.stream()
                .flatMap(i -> ComplianceLevel.of(i.status()).map(level -> of(level, i)).stream())
                .min(Comparator.comparing(ComplianceBanner::level)
                        .thenComparing(b -> b.until() == null ? Instant.MAX : b.until()));
    }

    /**
     * Whether the console says "You are using a Non-Production System": licenses are consumed in
     * Non-Production usage mode by any product instance of the deployment.
     */
    public static boolean nonProduction(List<InstanceCompliance> instances) {
        return instances.stream().anyMatch(i -> i.status().usageMode() == UsageMode.NON_PRODUCTION);
    }

    private static ComplianceBanner of(ComplianceLevel level, InstanceCompliance i) {
        LicensingStatus s = i.status();
        return switch (level) {
            case ENFORCEMENT -> new ComplianceBanner(level, i.name(), s.enforcement().since(), null, s.enforcement().reason());
            case EVALUATION -> new ComplianceBanner(level, i.name(), s.authorizationStatusAt(),
                    i.deadlines().evaluationEndsAt(), null);
            // Until the 90 days out of compliance end, when Out-of-Compliance expiry enforces restrictions.
            case OUT_OF_COMPLIANCE -> new ComplianceBanner(level, i.name(), s.authorizationStatusAt(),
                    i.deadlines().outOfComplianceEnforcementAt(), null);
        };
    }
}
