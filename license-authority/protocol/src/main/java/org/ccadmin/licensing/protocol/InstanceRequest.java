package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;

/** The body of {@code renew-registration} and {@code deregister}: only the instance id. */
public record InstanceRequest(String instanceId) {

    public JsonObject toJson() {
        return Fields.builder().add("instanceId", instanceId).build();
    }

    public static InstanceRequest fromJson(JsonObject o) {
        return new InstanceRequest(Fields.string(o, "instanceId"));
    }
}
