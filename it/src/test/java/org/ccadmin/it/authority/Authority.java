package org.ccadmin.it.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.Unique;

/** The authority's administration API as the tests use it: accounts, tokens and purchases in one call each. */
final class Authority {

    final Api admin;
    final Api anonymous;

    Authority(URL base) {
        admin = Api.asAdmin(base);
        anonymous = Api.anonymous(base);
    }

    /** A new smart account; returns its DEFAULT virtual account. */
    JsonObject smartAccountWithDefault(String name) {
        ApiResponse created = admin.post("api/v1/smart-accounts", "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created.toString());
        ApiResponse virtual = admin.get("api/v1/smart-accounts/" + created.json().getJsonNumber("id").longValue() + "/virtual-accounts");
        assertEquals(200, virtual.status(), virtual.toString());
        return array(virtual).getJsonObject(0);
    }

    JsonObject virtualAccount() {
        return smartAccountWithDefault("Acme " + Unique.suffix());
    }

    /** A token of the virtual account, with its text (shown only in this answer). */
    JsonObject token(long virtualAccount, String json) {
        ApiResponse created = admin.post("api/v1/virtual-accounts/" + virtualAccount + "/tokens", json);
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    String tokenText(long virtualAccount) {
        return token(virtualAccount, "{\"description\":\"for a test\"}").getString("token");
    }

    void purchase(long virtualAccount, String entitlement, String licenseType, String usageMode) {
        purchase(virtualAccount, entitlement, licenseType, usageMode, 100);
    }

    void purchase(long virtualAccount, String entitlement, String licenseType, String usageMode, int quantity) {
        String term = "FLEX".equals(licenseType) ? ",\"termStart\":\"2020-01-01\",\"termEnd\":\"2099-12-31\"" : "";
        ApiResponse created = admin.post("api/v1/virtual-accounts/" + virtualAccount + "/purchases", "{\"entitlement\":\""
                + entitlement + "\",\"licenseType\":\"" + licenseType + "\",\"usageMode\":\"" + usageMode + "\",\"quantity\":" + quantity + term + "}");
        assertEquals(201, created.status(), created.toString());
    }

    static JsonArray array(ApiResponse response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
