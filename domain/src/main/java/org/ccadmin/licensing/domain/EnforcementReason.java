package org.ccadmin.licensing.domain;

/**
 * Why the instance is in the Enforcement state, and what ends it (the source's three causes and remedies).
 */
public enum EnforcementReason {
    EVALUATION_EXPIRY("Evaluation expiry", "Register the product instance to exit the evaluation expiry state."),
    AUTHORIZATION_EXPIRY("Authorization expiry", "Renew the license authorizations to exit the authorization expiry state."),
    OUT_OF_COMPLIANCE_EXPIRY("Out-of-Compliance expiry",
            "Purchase the missing licenses in the license authority to exit the Enforcement state; it ends with the next usage report.");

    private final String displayText;
    private final String remedy;

    EnforcementReason(String displayText, String remedy) {
        this.displayText = displayText;
        this.remedy = remedy;
    }

    public String displayText() {
        return displayText;
    }

    public String remedy() {
        return remedy;
    }
}
