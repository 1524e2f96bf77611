package org.ccadmin.it.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.JsonBody;

/** The license authority's administration API, as a newcomer would use it: an account, licenses and tokens. */
public final class AuthorityAdmin {

    private final Api api;

    public AuthorityAdmin(URL authorityBase) {
        api = Api.asAdmin(authorityBase);
    }

    /** A smart account; returns its DEFAULT virtual account. */
    public JsonObject smartAccount(String name) {
        ApiResponse created = api.post("api/v1/smart-accounts", JsonBody.of("name", name));
        assertEquals(201, created.status(), created::toString);
        return array(api.get("api/v1/smart-accounts/" + id(created.json()) + "/virtual-accounts")).getJsonObject(0);
    }

    public JsonObject virtualAccount(long smartAccountId, String name) {
        ApiResponse created = api.post("api/v1/smart-accounts/" + smartAccountId + "/virtual-accounts", JsonBody.of("name", name));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    /** Flex Production licenses of every Unified CCE line, with a term far beyond any moved clock. */
    public void buyFlexProduction(long virtualAccountId) {
        for (String entitlement : new String[] {"STANDARD_AGENT", "PREMIUM_AGENT", "DIALER_PORTS", "SERVER_LICENSE"}) {
            ApiResponse created = api.post("api/v1/virtual-accounts/" + virtualAccountId + "/purchases", JsonBody.of(
                    "entitlement", entitlement, "licenseType", "FLEX", "usageMode", "PRODUCTION", "quantity", 100,
                    "termStart", "2020-01-01", "termEnd", "2099-12-31"));
            assertEquals(201, created.status(), created::toString);
        }
    }

    /** {@code quantity} Flex Production licenses of one line, with a term far beyond any moved clock. */
    void buy(long virtualAccountId, String entitlement, int quantity) {
        ApiResponse created = api.post("api/v1/virtual-accounts/" + virtualAccountId + "/purchases", JsonBody.of(
                "entitlement", entitlement, "licenseType", "FLEX", "usageMode", "PRODUCTION", "quantity", quantity,
                "termStart", "2020-01-01", "termEnd", "2099-12-31"));
        assertEquals(201, created.status(), created::toString);
    }

    /** A new token of the virtual account; its text is shown only in this answer. */
    public JsonObject token(long virtualAccountId) {
        ApiResponse created = api.post("api/v1/virtual-accounts/" + virtualAccountId + "/tokens",
                JsonBody.of("description", "licensing IT", "expiresAfterDays", 365, "maxUses", 5));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    public void revoke(JsonObject token) {
        ApiResponse r = api.post("api/v1/tokens/" + id(token) + "/revoke", "{}");
        assertEquals(200, r.status(), r::toString);
    }

    public JsonArray productInstances(long virtualAccountId) {
        return array(api.get("api/v1/virtual-accounts/" + virtualAccountId + "/product-instances"));
    }

    private static JsonArray array(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    public static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
