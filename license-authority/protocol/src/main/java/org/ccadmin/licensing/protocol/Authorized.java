package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import java.util.List;

/** {@code authorized}: one authorization per requested entitlement. */
public record Authorized(List<Authorization> authorizations) {

    public Authorized {
        authorizations = List.copyOf(authorizations);
    }

    public JsonObject toJson() {
        return Fields.builder().add("authorizations", Fields.array(authorizations, Authorization::toJson)).build();
    }

    public static Authorized fromJson(JsonObject o) {
        return new Authorized(Authorization.list(o));
    }
}
