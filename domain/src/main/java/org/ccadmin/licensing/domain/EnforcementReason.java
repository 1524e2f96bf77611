package org.ccadmin.licensing.domain;

/**
 * Why the instance is in the Enforcement state, and what ends it. Out-of-Compliance expiry (90 days out of
 * compliance) belongs to usage reporting and joins this list with it.
 */
public enum EnforcementReason {
    EVALUATION_EXPIRY("Evaluation expiry", "Register the product instance to exit the evaluation expiry state."),
    AUTHORIZATION_EXPIRY("Authorization expiry", "Renew the license authorizations to exit the authorization expiry state.");

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
