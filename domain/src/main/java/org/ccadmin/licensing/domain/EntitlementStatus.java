package org.ccadmin.licensing.domain;

/**
 * Status of one license line, with the texts of the modelled system's license entitlement status table.
 * Some are the authority's verdict on a line and may arrive in an {@link Authorization}; the others
 * (evaluation, expiry, waiting) are derived here from time and must not be claimed by the authority.
 */
public enum EntitlementStatus {
    AUTHORIZATION_EXPIRED("Authorization Expired", false),
    NOT_AUTHORIZED("Not Authorized", true),
    EVALUATION("Evaluation state", false),
    EVALUATION_EXPIRED("Evaluation Expired", false),
    IN_COMPLIANCE("In Compliance", true),
    RESERVED_IN_COMPLIANCE("ReservedInCompliance", true),
    OUT_OF_COMPLIANCE("Out-of-Compliance", true),
    NOT_APPLICABLE("Not Applicable", true),
    INVALID("Invalid", true),
    INVALID_TAG("Invalid Tag", true),
    NO_LICENSE_IN_USE("No License in Use", true),
    WAITING("Waiting", false),
    DISABLED("Disabled", true);

    private final String displayText;
    private final boolean authorityVerdict;

    EntitlementStatus(String displayText, boolean authorityVerdict) {
        this.displayText = displayText;
        this.authorityVerdict = authorityVerdict;
    }

    public String displayText() {
        return displayText;
    }

    /** Adds to {@code v} unless {@code status} is given and one the authority may send (field {@code status}). */
    static void requireVerdict(org.ccadmin.shared.domain.Violations v, EntitlementStatus status) {
        if (v.required("status", status) && !status.isAuthorityVerdict()) {
            v.add("status", "invalidInput.notAuthorityVerdict",
                    "'" + status.displayText() + "' is derived locally and cannot come from the authority.");
        }
    }

    /** Whether the authority may report this status for a line (the rest are computed locally). */
    public boolean isAuthorityVerdict() {
        return authorityVerdict;
    }
}
