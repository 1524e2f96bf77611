package org.ccadmin.licensing.domain;

/**
 * License Authorization Status of the whole product instance, with the texts of the modelled system's
 * authorization status table. (Its status page writes the first one as plain "Evaluation".)
 */
public enum AuthorizationStatus {
    EVALUATION("Evaluation state"),
    EVALUATION_EXPIRED("Evaluation Expired"),
    AUTHORIZED("Authorized"),
    AUTHORIZATION_EXPIRED("Authorization Expired"),
    OUT_OF_COMPLIANCE("Out-of-Compliance"),
    UNAUTHORIZED("Unauthorized"),
    /** Needs usage reporting, which comes with a later issue; nothing derives it yet. */
    NO_LICENSE_IN_USE("No License in Use");

    private final String displayText;

    AuthorizationStatus(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
