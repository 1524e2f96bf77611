package org.ccadmin.licensing.domain;

/**
 * Flex is a recurring subscription of Standard and Premium licenses; Perpetual a one-time purchase that offers
 * Premium licenses. The type must match what was bought: a wrong one drives the instance out of compliance.
 */
public enum LicenseType {
    FLEX("Flex"),
    PERPETUAL("Perpetual");

    private final String displayText;

    LicenseType(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
