package org.ccadmin.licensing.domain;

/**
 * A license line the product instance asks the authority to authorize, named as in the modelled system's
 * license type table. Which lines apply is decided by {@link LicenseLines}.
 */
public enum Entitlement {
    STANDARD_AGENT("Standard Agent"),
    PREMIUM_AGENT("Premium Agent"),
    REGULAR_AGENT("Regular Agent"),
    DIALER_PORTS("Dialer Ports"),
    SERVER_LICENSE("Server License"),
    AVAYA_PG("Avaya PG"),
    /** The source lists it as "Third-party IVR licenses"; the trailing word is the list's noun, not the name. */
    THIRD_PARTY_IVR("Third-party IVR");

    private final String displayText;

    Entitlement(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
