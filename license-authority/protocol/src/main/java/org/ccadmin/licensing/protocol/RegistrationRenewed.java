package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;

/** {@code registration-renewed}: the new ID certificate. */
public record RegistrationRenewed(Certificate certificate) {

    public JsonObject toJson() {
        return Fields.builder().add("certificate", certificate.toJson()).build();
    }

    public static RegistrationRenewed fromJson(JsonObject o) {
        return new RegistrationRenewed(Certificate.fromJson(Fields.object(o, "certificate")));
    }
}
