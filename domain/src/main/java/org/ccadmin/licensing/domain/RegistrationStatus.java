package org.ccadmin.licensing.domain;

/** Registration Status, with the texts of the modelled system's registration status table. */
public enum RegistrationStatus {
    UNREGISTERED("Unregistered"),
    REGISTERED("Registered"),
    /** The ID certificate was not renewed for 12 months; only Reregister recovers. */
    REGISTRATION_EXPIRED("Registration Expired");

    private final String displayText;

    RegistrationStatus(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
