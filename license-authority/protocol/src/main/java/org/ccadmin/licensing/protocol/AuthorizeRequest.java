package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import java.util.List;

/** {@code authorize}: the entitlements the instance uses, under its license type and usage mode. */
public record AuthorizeRequest(String instanceId, String licenseType, String usageMode, List<String> entitlements) {

    public AuthorizeRequest {
        entitlements = List.copyOf(entitlements);
    }

    public JsonObject toJson() {
        return Fields.builder().add("instanceId", instanceId).add("licenseType", licenseType).add("usageMode", usageMode)
                .add("entitlements", Fields.array(entitlements)).build();
    }

    public static AuthorizeRequest fromJson(JsonObject o) {
        return new AuthorizeRequest(Fields.string(o, "instanceId"), Fields.string(o, "licenseType"),
                Fields.string(o, "usageMode"), Fields.strings(o, "entitlements"));
    }
}
