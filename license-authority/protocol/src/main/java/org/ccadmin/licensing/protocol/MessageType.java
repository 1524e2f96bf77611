package org.ccadmin.licensing.protocol;

import java.util.Arrays;

/** The {@code type} of an envelope, with its name on the wire. */
public enum MessageType {
    REGISTER("register"),
    REGISTERED("registered"),
    RENEW_REGISTRATION("renew-registration"),
    REGISTRATION_RENEWED("registration-renewed"),
    AUTHORIZE("authorize"),
    AUTHORIZED("authorized"),
    DEREGISTER("deregister"),
    DEREGISTERED("deregistered"),
    REPORT_USAGE("report-usage"),
    USAGE_REPORTED("usage-reported"),
    REFUSED("refused");

    private final String wireName;

    MessageType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static MessageType fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new ProtocolException(ProtocolException.MALFORMED, "Unknown message type '" + name + "'."));
    }
}
