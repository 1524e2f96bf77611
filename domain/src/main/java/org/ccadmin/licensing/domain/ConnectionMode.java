package org.ccadmin.licensing.domain;

/** How the product instance reaches the licensing authority (Transport Settings). */
public enum ConnectionMode {
    /** Straight to the cloud authority on cisco.com; the form's default. */
    DIRECT("Direct"),
    /** Through an on-premises authority, at a URL. */
    TRANSPORT_GATEWAY("Transport Gateway"),
    /** Through an HTTP/HTTPS proxy without authentication, at host and port. */
    HTTP_PROXY("HTTP/HTTPS Proxy");

    private final String displayText;

    ConnectionMode(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
