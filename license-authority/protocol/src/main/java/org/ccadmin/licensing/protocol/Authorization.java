package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** The authority's answer for one requested entitlement: a status name (e.g. IN_COMPLIANCE) valid until {@code expiresAt}. */
public record Authorization(String entitlement, String status, Instant expiresAt) {

    public static final String IN_COMPLIANCE = "IN_COMPLIANCE";
    public static final String NOT_AUTHORIZED = "NOT_AUTHORIZED";
    /** The virtual account's pool of that line is out of compliance (usage reports, {@code OverageRule}). */
    public static final String OUT_OF_COMPLIANCE = "OUT_OF_COMPLIANCE";

    public JsonObject toJson() {
        return Fields.builder().add("entitlement", entitlement).add("status", status)
                .add("expiresAt", expiresAt.toString()).build();
    }

    public static Authorization fromJson(JsonObject o) {
        return new Authorization(Fields.string(o, "entitlement"), Fields.string(o, "status"), Fields.instant(o, "expiresAt"));
    }

    static List<Authorization> list(JsonObject o) {
        return Fields.objects(o, "authorizations", Authorization::fromJson);
    }
}
