package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import java.util.List;

/** {@code register}: the token, who the product is, its public key, and what it wants authorized. */
public record RegisterRequest(String token, String productInstanceName, String publicKey, String licenseType,
        String usageMode, String deploymentType, List<String> entitlements) {

    public RegisterRequest {
        entitlements = List.copyOf(entitlements);
    }

    public JsonObject toJson() {
        return Fields.builder().add("token", token).add("productInstanceName", productInstanceName)
                .add("publicKey", publicKey).add("licenseType", licenseType).add("usageMode", usageMode)
                .add("deploymentType", deploymentType).add("entitlements", Fields.array(entitlements)).build();
    }

    public static RegisterRequest fromJson(JsonObject o) {
        return new RegisterRequest(Fields.string(o, "token"), Fields.string(o, "productInstanceName"),
                Fields.string(o, "publicKey"), Fields.string(o, "licenseType"), Fields.string(o, "usageMode"),
                Fields.string(o, "deploymentType"), Fields.strings(o, "entitlements"));
    }
}
