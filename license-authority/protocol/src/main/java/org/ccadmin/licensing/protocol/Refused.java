package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * {@code refused}: why the authority did not do what was asked (a {@link ProtocolException} code). A refusal
 * of {@code register} also carries {@code authorityPublicKey}, since the product does not know the
 * authority's key yet and checks it against the token like a success.
 */
public record Refused(String code, String message, String authorityPublicKey) {

    public Refused(String code, String message) {
        this(code, message, null);
    }

    public static Refused of(ProtocolException e) {
        return new Refused(e.code(), e.getMessage());
    }

    public Refused withAuthorityPublicKey(String key) {
        return new Refused(code, message, key);
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = Fields.builder().add("code", code).add("message", message == null ? "" : message);
        if (authorityPublicKey != null) {
            b.add("authorityPublicKey", authorityPublicKey);
        }
        return b.build();
    }

    public static Refused fromJson(JsonObject o) {
        String message = Fields.optionalString(o, "message");
        return new Refused(Fields.string(o, "code"), message == null ? "" : message, Fields.optionalString(o, "authorityPublicKey"));
    }
}
