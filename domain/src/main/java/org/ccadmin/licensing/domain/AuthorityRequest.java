package org.ccadmin.licensing.domain;

/** The exchanges the product instance starts with the licensing authority, as the licensing log names them. */
public enum AuthorityRequest {
    REGISTER("Register"),
    REREGISTER("Reregister"),
    RENEW_REGISTRATION("Renew Registration"),
    RENEW_AUTHORIZATION("Renew Authorization"),
    DEREGISTER("Deregister"),
    /** The queued 15-minute usage reports, oldest first. */
    REPORT_USAGE("Report Usage");

    private final String displayText;

    AuthorityRequest(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
