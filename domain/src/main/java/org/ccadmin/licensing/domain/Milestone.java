package org.ccadmin.licensing.domain;

/** The kinds of upcoming deadline on the licensing timeline. */
public enum Milestone {
    EVALUATION_ENDS("Evaluation period ends"),
    AUTHORIZATION_RENEWAL_DUE("Authorization renewal due"),
    AUTHORIZATION_EXPIRES("Authorization expires"),
    REGISTRATION_RENEWAL_DUE("Registration renewal due"),
    REGISTRATION_EXPIRES("Registration expires"),
    ENFORCEMENT_STARTS("Enforcement starts");

    private final String displayText;

    Milestone(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
