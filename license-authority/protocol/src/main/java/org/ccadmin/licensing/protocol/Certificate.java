package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import java.time.Instant;

/** The ID certificate the authority issues at registration and renews: who the instance is and until when. */
public record Certificate(String instanceId, String serialNumber, String smartAccount, String virtualAccount,
        boolean exportControlled, Instant issuedAt, Instant expiresAt) {

    public JsonObject toJson() {
        return Fields.builder().add("instanceId", instanceId).add("serialNumber", serialNumber)
                .add("smartAccount", smartAccount).add("virtualAccount", virtualAccount)
                .add("exportControlled", exportControlled).add("issuedAt", issuedAt.toString())
                .add("expiresAt", expiresAt.toString()).build();
    }

    public static Certificate fromJson(JsonObject o) {
        return new Certificate(Fields.string(o, "instanceId"), Fields.string(o, "serialNumber"),
                Fields.string(o, "smartAccount"), Fields.string(o, "virtualAccount"), Fields.bool(o, "exportControlled"),
                Fields.instant(o, "issuedAt"), Fields.instant(o, "expiresAt"));
    }
}
