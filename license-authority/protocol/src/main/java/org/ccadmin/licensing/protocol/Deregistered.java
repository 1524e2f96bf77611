package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** {@code deregistered}: an empty body; the instance and its licenses are released. */
public record Deregistered() {

    public JsonObject toJson() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    public static Deregistered fromJson(JsonObject o) {
        return new Deregistered();
    }
}
