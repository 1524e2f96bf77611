package org.ccadmin.skills.domain;

/** Which matching agent a precision queue picks first. Most/least skilled sum the step's attribute values. */
public enum AgentOrder {
    LONGEST_AVAILABLE("Longest Available Agent"),
    MOST_SKILLED("Most Skilled Agent"),
    LEAST_SKILLED("Least Skilled Agent");

    private final String displayText;

    AgentOrder(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
