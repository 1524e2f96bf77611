package org.ccadmin.licensing.domain;

import java.util.Optional;

/**
 * The compliance states that the console's banner announces, worst first: the modelled system reports
 * Enforcement over Out-of-Compliance over Evaluation. Any other state (Authorized, Unauthorized, Authorization
 * Expired without enforcement yet, …) shows no banner; the License Management page tells about those.
 */
public enum ComplianceLevel {
    ENFORCEMENT("Enforcement"),
    OUT_OF_COMPLIANCE("Out-of-Compliance"),
    EVALUATION("Evaluation");

    private final String displayText;

    ComplianceLevel(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }

    /**
     * The level of one product instance's status, if it is one the banner shows. Enforcement wins whatever
     * its reason (evaluation expiry, authorization expiry, and out-of-compliance expiry once usage reporting
     * derives it); Out-of-Compliance comes from the authorization status, which the worst license line decides.
     */
    public static Optional<ComplianceLevel> of(LicensingStatus status) {
        if (status.isEnforced()) {
            return Optional.of(ENFORCEMENT);
        }
        return switch (status.authorizationStatus()) {
            case OUT_OF_COMPLIANCE -> Optional.of(OUT_OF_COMPLIANCE);
            case EVALUATION -> Optional.of(EVALUATION);
            default -> Optional.empty();
        };
    }

    /** Whether this level is worse than (takes precedence over) {@code other}. */
    public boolean worseThan(ComplianceLevel other) {
        return ordinal() < other.ordinal();
    }
}
