package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import java.util.List;

/** {@code registered}: the authority's public key (to check against the token), the ID certificate, the first authorizations. */
public record Registered(String authorityPublicKey, Certificate certificate, List<Authorization> authorizations) {

    public Registered {
        authorizations = List.copyOf(authorizations);
    }

    public JsonObject toJson() {
        return Fields.builder().add("authorityPublicKey", authorityPublicKey).add("certificate", certificate.toJson())
                .add("authorizations", Fields.array(authorizations, Authorization::toJson)).build();
    }

    public static Registered fromJson(JsonObject o) {
        return new Registered(Fields.string(o, "authorityPublicKey"), Certificate.fromJson(Fields.object(o, "certificate")),
                Authorization.list(o));
    }
}
