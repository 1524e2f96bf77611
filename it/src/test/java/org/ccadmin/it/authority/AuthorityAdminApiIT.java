package org.ccadmin.it.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccadmin.it.Deployments;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The authority's administration API: accounts, virtual accounts, tokens, purchases, its protection. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorityAdminApiIT {

    @Deployment(testable = false)
    static WebArchive authority() {
        return Deployments.authority();
    }

    @ArquillianResource
    private URL base;

    private Authority authority;

    @BeforeEach
    void signIn() {
        authority = new Authority(base);
    }

    @Test
    void aNewSmartAccountComesWithItsDefaultVirtualAccount() {
        String name = "Acme " + Unique.suffix();
        ApiResponse created = authority.admin.post("api/v1/smart-accounts", "{\"name\":\" " + name + " \"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals(name, created.json().getString("name"));
        assertTrue(created.location().endsWith("/api/v1/smart-accounts/" + Authority.id(created.json())), created.location());
        var virtual = Authority.array(authority.admin.get("api/v1/smart-accounts/" + Authority.id(created.json()) + "/virtual-accounts"));
        assertEquals(1, virtual.size());
        assertEquals("DEFAULT", virtual.getJsonObject(0).getString("name"));
        assertEquals(name, virtual.getJsonObject(0).getString("smartAccount"));
    }

    @Test
    void smartAccountNamesAreUniqueRegardlessOfCase() {
        String name = "Acme " + Unique.suffix();
        assertEquals(201, authority.admin.post("api/v1/smart-accounts", "{\"name\":\"" + name + "\"}").status());
        ApiResponse duplicate = authority.admin.post("api/v1/smart-accounts", "{\"name\":\"" + name.toUpperCase() + "\"}");
        assertEquals(409, duplicate.status(), duplicate.toString());
        assertEquals("conflict.duplicateName", duplicate.code());
    }

    @Test
    void aSmartAccountNeedsANameAndTheProblemNamesTheField() {
        ApiResponse missing = authority.admin.post("api/v1/smart-accounts", "{\"name\":\"  \"}");
        assertEquals(400, missing.status(), missing.toString());
        assertEquals("application/problem+json", missing.mediaType());
        assertEquals(List.of("name"), missing.errorFields());
        ApiResponse unknown = authority.admin.post("api/v1/smart-accounts", "{\"name\":\"x\",\"owner\":\"me\"}");
        assertEquals(List.of("owner"), unknown.errorFields());
        assertEquals(400, authority.admin.post("api/v1/smart-accounts", "{not json").status());
    }

    @Test
    void virtualAccountsAreCreatedInASmartAccountWithUniqueNames() {
        JsonObject defaultAccount = authority.virtualAccount();
        long account = defaultAccount.getJsonNumber("smartAccountId").longValue();
        ApiResponse lab = authority.admin.post("api/v1/smart-accounts/" + account + "/virtual-accounts", "{\"name\":\"Lab\"}");
        assertEquals(201, lab.status(), lab.toString());
        assertEquals("Lab", authority.admin.get(lab.location()).json().getString("name"));
        assertEquals(409, authority.admin.post("api/v1/smart-accounts/" + account + "/virtual-accounts", "{\"name\":\"lab\"}").status());
        assertEquals(409, authority.admin.post("api/v1/smart-accounts/" + account + "/virtual-accounts", "{\"name\":\"default\"}").status());
        assertEquals(404, authority.admin.post("api/v1/smart-accounts/999999999/virtual-accounts", "{\"name\":\"Lab\"}").status());
    }

    @Test
    void aTokenIsShownOnceWithTheDefaultsAndListedWithoutItsText() {
        long virtual = Authority.id(authority.virtualAccount());
        JsonObject token = authority.token(virtual, "{\"description\":\"Lab servers\"}");
        String text = token.getString("token");
        assertEquals(64, text.length());
        assertEquals("ACTIVE", token.getString("status"));
        assertEquals(1, token.getInt("maxUses"));
        assertTrue(token.getBoolean("exportControlled"));
        Duration validity = Duration.between(Instant.parse(token.getString("createdAt")), Instant.parse(token.getString("expiresAt")));
        assertEquals(Duration.ofDays(30), validity);
        ApiResponse list = authority.admin.get("api/v1/virtual-accounts/" + virtual + "/tokens");
        assertEquals(200, list.status());
        assertFalse(list.body().contains(text), "the list must not show the token");
        JsonObject listed = Authority.array(list).getJsonObject(0);
        assertEquals(text.substring(0, 8), listed.getString("hint"));
        assertEquals("Lab servers", listed.getString("description"));
    }

    @Test
    void tokenSettingsAreCheckedAndEveryBadFieldNamed() {
        long virtual = Authority.id(authority.virtualAccount());
        ApiResponse bad = authority.admin.post("api/v1/virtual-accounts/" + virtual + "/tokens",
                "{\"expiresAfterDays\":366,\"maxUses\":0,\"exportControlled\":\"yes\"}");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(List.of("exportControlled"), bad.errorFields());
        ApiResponse range = authority.admin.post("api/v1/virtual-accounts/" + virtual + "/tokens", "{\"expiresAfterDays\":366,\"maxUses\":0}");
        assertEquals(List.of("expiresAfterDays", "maxUses"), range.errorFields());
        JsonObject year = authority.token(virtual, "{\"expiresAfterDays\":365,\"maxUses\":5,\"exportControlled\":false}");
        assertEquals(5, year.getInt("maxUses"));
        assertFalse(year.getBoolean("exportControlled"));
    }

    @Test
    void aRevokedTokenIsListedAsRevokedAndCannotBeRevokedTwice() {
        long virtual = Authority.id(authority.virtualAccount());
        long token = Authority.id(authority.token(virtual, "{}"));
        ApiResponse revoked = authority.admin.post("api/v1/tokens/" + token + "/revoke", "");
        assertEquals(200, revoked.status(), revoked.toString());
        assertEquals("REVOKED", revoked.json().getString("status"));
        assertEquals(409, authority.admin.post("api/v1/tokens/" + token + "/revoke", "").status());
    }

    @Test
    void purchasesAreAddedListedAndDeleted() {
        long virtual = Authority.id(authority.virtualAccount());
        ApiResponse flex = authority.admin.post("api/v1/virtual-accounts/" + virtual + "/purchases", "{\"entitlement\":\"PREMIUM_AGENT\","
                + "\"licenseType\":\"FLEX\",\"usageMode\":\"PRODUCTION\",\"quantity\":250,\"termStart\":\"2026-01-01\",\"termEnd\":\"2028-12-31\"}");
        assertEquals(201, flex.status(), flex.toString());
        assertEquals(250, flex.json().getInt("quantity"));
        assertEquals("2028-12-31", flex.json().getString("termEnd"));
        authority.purchase(virtual, "DIALER_PORTS", "PERPETUAL", "NON_PRODUCTION");
        assertEquals(2, Authority.array(authority.admin.get("api/v1/virtual-accounts/" + virtual + "/purchases")).size());
        assertEquals(204, authority.admin.delete("api/v1/purchases/" + Authority.id(flex.json())).status());
        assertEquals(1, Authority.array(authority.admin.get("api/v1/virtual-accounts/" + virtual + "/purchases")).size());
        assertEquals(404, authority.admin.delete("api/v1/purchases/" + Authority.id(flex.json())).status());
    }

    @Test
    void aPurchaseNeedsKnownValuesAQuantityAndATermExactlyForFlex() {
        long virtual = Authority.id(authority.virtualAccount());
        String path = "api/v1/virtual-accounts/" + virtual + "/purchases";
        ApiResponse bad = authority.admin.post(path, "{\"entitlement\":\"GOLD_AGENT\",\"licenseType\":\"FLEX\",\"usageMode\":\"LAB\",\"quantity\":0}");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(List.of("entitlement", "usageMode", "quantity", "termStart", "termEnd"), bad.errorFields());
        ApiResponse perpetual = authority.admin.post(path, "{\"entitlement\":\"AVAYA_PG\",\"licenseType\":\"PERPETUAL\","
                + "\"usageMode\":\"PRODUCTION\",\"quantity\":1,\"termEnd\":\"2030-01-01\"}");
        assertEquals(List.of("termEnd"), perpetual.errorFields());
        ApiResponse backwards = authority.admin.post(path, "{\"entitlement\":\"AVAYA_PG\",\"licenseType\":\"FLEX\","
                + "\"usageMode\":\"PRODUCTION\",\"quantity\":1,\"termStart\":\"2030-01-01\",\"termEnd\":\"2029-01-01\"}");
        assertEquals(List.of("termEnd"), backwards.errorFields());
        ApiResponse date = authority.admin.post(path, "{\"entitlement\":\"AVAYA_PG\",\"licenseType\":\"FLEX\","
                + "\"usageMode\":\"PRODUCTION\",\"quantity\":1,\"termStart\":\"soon\",\"termEnd\":\"2029-01-01\"}");
        assertEquals(List.of("termStart"), date.errorFields());
    }

    @Test
    void theAdministrationApiNeedsTheAdministratorsCredentials() {
        ApiResponse anonymous = authority.anonymous.get("api/v1/smart-accounts");
        assertEquals(401, anonymous.status(), anonymous.toString());
        assertTrue(anonymous.header("WWW-Authenticate").orElse("").startsWith("Basic"), anonymous.toString());
        assertEquals(401, Api.as(base, "admin", "wrong-password").get("api/v1/smart-accounts").status());
        assertEquals(401, authority.anonymous.get("index.xhtml").status());
    }

    /**
     * The IT servers start with -Dccadmin.simulated-clock=true (the licensing ITs move time): here the clock
     * tells its time to the administrator only. Without the property both methods answer 404.
     */
    @Test
    void theSimulatedClockAnswersTheAdministratorOnly() {
        ApiResponse now = authority.admin.get("api/v1/simulated-clock");
        assertEquals(200, now.status(), now::toString);
        assertTrue(now.json().containsKey("now"), now::toString);
        assertEquals(401, authority.anonymous.get("api/v1/simulated-clock").status());
        assertEquals(401, authority.anonymous.post("api/v1/simulated-clock", "{\"advanceBy\":\"P30D\"}").status());
    }
}
