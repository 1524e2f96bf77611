package org.ccadmin.skills.domain;

/** How abandoned calls count toward a precision queue's service level (reporting only). */
public enum ServiceLevelType {
    IGNORE_ABANDONED("Ignore Abandoned Calls"),
    ABANDONED_NEGATIVE("Abandoned Calls have Negative Impact"),
    ABANDONED_POSITIVE("Abandoned Calls have Positive Impact");

    private final String displayText;

    ServiceLevelType(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
