package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;

/** {@code refused}: why the authority did not do what was asked (a {@link ProtocolException} code). */
public record Refused(String code, String message) {

    public static Refused of(ProtocolException e) {
        return new Refused(e.code(), e.getMessage());
    }

    public JsonObject toJson() {
        return Fields.builder().add("code", code).add("message", message == null ? "" : message).build();
    }

    public static Refused fromJson(JsonObject o) {
        String message = Fields.optionalString(o, "message");
        return new Refused(Fields.string(o, "code"), message == null ? "" : message);
    }
}
