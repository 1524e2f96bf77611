package org.ccadmin.it.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccadmin.it.Deployments;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.licensing.protocol.Authorization;
import org.ccadmin.licensing.protocol.Authorized;
import org.ccadmin.licensing.protocol.Certificate;
import org.ccadmin.licensing.protocol.Envelope;
import org.ccadmin.licensing.protocol.InstanceRequest;
import org.ccadmin.licensing.protocol.MessageType;
import org.ccadmin.licensing.protocol.ProtocolException;
import org.ccadmin.licensing.protocol.RefusedByAuthority;
import org.ccadmin.licensing.protocol.Registered;
import org.ccadmin.licensing.protocol.RegistrationRenewed;
import org.ccadmin.licensing.protocol.RegistrationToken;
import org.ccadmin.licensing.protocol.SignedMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signed protocol against the deployed authority, spoken with the protocol jar exactly as ccadmin
 * speaks it: register, authorize, renew, deregister; and every kind of refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmartLicensingIT {

    private static final List<String> AGENTS = List.of("PREMIUM_AGENT", "STANDARD_AGENT");

    @Deployment(testable = false)
    static WebArchive authority() {
        return Deployments.authority();
    }

    @ArquillianResource
    private URL base;

    private Authority authority;
    private JsonObject virtualAccount;
    private long virtualId;
    private ProductInstance product;

    @BeforeEach
    void setUp() {
        authority = new Authority(base);
        virtualAccount = authority.virtualAccount();
        virtualId = Authority.id(virtualAccount);
        product = new ProductInstance(authority.anonymous);
    }

    @Test
    void aProductRegistersAuthorizesRenewsAndDeregisters() {
        authority.purchase(virtualId, "PREMIUM_AGENT", "FLEX", "PRODUCTION");
        String token = authority.tokenText(virtualId);

        Registered registered = product.registered(token, "FLEX", "PRODUCTION", AGENTS);
        Certificate certificate = registered.certificate();
        assertEquals(virtualAccount.getString("smartAccount"), certificate.smartAccount());
        assertEquals("DEFAULT", certificate.virtualAccount());
        assertTrue(certificate.exportControlled());
        assertFalse(certificate.serialNumber().isBlank());
        assertEquals(Duration.ofDays(365), Duration.between(certificate.issuedAt(), certificate.expiresAt()));
        assertEquals(Map.of("PREMIUM_AGENT", Authorization.IN_COMPLIANCE, "STANDARD_AGENT", Authorization.NOT_AUTHORIZED),
                statuses(registered.authorizations()));

        Envelope authorized = product.accept(product.authorize("FLEX", "PRODUCTION", AGENTS), MessageType.AUTHORIZED);
        assertEquals(product.instanceId, authorized.audience());
        Authorization premium = Authorized.fromJson(authorized.body()).authorizations().get(0);
        assertEquals(Authorization.IN_COMPLIANCE, premium.status());
        assertEquals(Duration.ofDays(90), Duration.between(authorized.issuedAt(), premium.expiresAt()));

        RegistrationRenewed renewed = RegistrationRenewed.fromJson(product.accept(product.renewRegistration(), MessageType.REGISTRATION_RENEWED).body());
        assertEquals(certificate.instanceId(), renewed.certificate().instanceId());
        assertFalse(renewed.certificate().expiresAt().isBefore(certificate.expiresAt()));

        ApiResponse listed = authority.admin.get("api/v1/virtual-accounts/" + virtualId + "/product-instances");
        JsonObject instance = Authority.array(listed).getJsonObject(0);
        assertEquals(product.instanceId, instance.getString("instanceId"));
        assertEquals("ACTIVE", instance.getString("status"));
        assertEquals("ccadmin-it", instance.getString("name"));

        product.accept(product.deregister(), MessageType.DEREGISTERED);
        JsonObject removed = Authority.array(authority.admin.get("api/v1/virtual-accounts/" + virtualId + "/product-instances")).getJsonObject(0);
        assertEquals("REMOVED", removed.getString("status"));
        RefusedByAuthority gone = assertThrows(RefusedByAuthority.class,
                () -> product.accept(product.authorize("FLEX", "PRODUCTION", AGENTS), MessageType.AUTHORIZED));
        assertEquals(ProtocolException.INSTANCE_UNKNOWN, gone.code());
    }

    @Test
    void authorizationFollowsThePurchasesOfTheVirtualAccount() {
        authority.purchase(virtualId, "STANDARD_AGENT", "PERPETUAL", "PRODUCTION");
        authority.purchase(virtualId, "DIALER_PORTS", "FLEX", "NON_PRODUCTION");
        product.registered(authority.tokenText(virtualId), "PERPETUAL", "PRODUCTION", AGENTS);

        assertEquals(Map.of("PREMIUM_AGENT", Authorization.NOT_AUTHORIZED, "STANDARD_AGENT", Authorization.IN_COMPLIANCE),
                authorizations("PERPETUAL", "PRODUCTION", AGENTS));
        // the same entitlement under another license type or usage mode is another pool
        assertEquals(Map.of("STANDARD_AGENT", Authorization.NOT_AUTHORIZED), authorizations("FLEX", "PRODUCTION", List.of("STANDARD_AGENT")));
        assertEquals(Map.of("DIALER_PORTS", Authorization.IN_COMPLIANCE), authorizations("FLEX", "NON_PRODUCTION", List.of("DIALER_PORTS")));

        authority.purchase(virtualId, "PREMIUM_AGENT", "PERPETUAL", "PRODUCTION");
        assertEquals(Map.of("PREMIUM_AGENT", Authorization.IN_COMPLIANCE, "STANDARD_AGENT", Authorization.IN_COMPLIANCE),
                authorizations("PERPETUAL", "PRODUCTION", AGENTS));
    }

    @Test
    void aFlexPurchaseCountsOnlyDuringItsTerm() {
        ApiResponse expired = authority.admin.post("api/v1/virtual-accounts/" + virtualId + "/purchases", "{\"entitlement\":\"PREMIUM_AGENT\","
                + "\"licenseType\":\"FLEX\",\"usageMode\":\"PRODUCTION\",\"quantity\":10,\"termStart\":\"2020-01-01\",\"termEnd\":\"2021-01-01\"}");
        assertEquals(201, expired.status());
        Registered registered = product.registered(authority.tokenText(virtualId), "FLEX", "PRODUCTION", List.of("PREMIUM_AGENT"));
        assertEquals(Map.of("PREMIUM_AGENT", Authorization.NOT_AUTHORIZED), statuses(registered.authorizations()));
    }

    @Test
    void theExportFlagOfTheTokenIsInTheCertificate() {
        String token = authority.token(virtualId, "{\"exportControlled\":false}").getString("token");
        assertFalse(product.registered(token, "FLEX", "PRODUCTION", AGENTS).certificate().exportControlled());
    }

    @Test
    void aTamperedRequestIsRejected() {
        product.registered(authority.tokenText(virtualId), "FLEX", "PRODUCTION", AGENTS);
        Envelope request = ProductInstance.request(MessageType.AUTHORIZE, new org.ccadmin.licensing.protocol.AuthorizeRequest(
                product.instanceId, "FLEX", "PRODUCTION", List.of("PREMIUM_AGENT")).toJson(), Clock.systemUTC());
        String[] parts = SignedMessage.sign(request, product.keys).split("\\.");
        String payload = decode(parts[1]).replace("PREMIUM_AGENT", "STANDARD_AGENT");
        ProductInstance.Exchange tampered = product.post("authorize", request, parts[0] + "." + encode(payload) + "." + parts[2]);
        assertEquals(401, tampered.response().status(), tampered.response().toString());
        assertRefused(ProtocolException.BAD_SIGNATURE, tampered);
    }

    @Test
    void aRequestSignedWithAnotherKeyIsRejected() {
        product.registered(authority.tokenText(virtualId), "FLEX", "PRODUCTION", AGENTS);
        ProductInstance impostor = new ProductInstance(authority.anonymous);
        impostor.instanceId = product.instanceId;
        impostor.authorityKey = product.authorityKey;
        ProductInstance.Exchange e = impostor.deregister();
        assertEquals(401, e.response().status());
        assertRefused(ProtocolException.BAD_SIGNATURE, e);
        product.accept(product.authorize("FLEX", "PRODUCTION", AGENTS), MessageType.AUTHORIZED);
    }

    @Test
    void aReplayedRequestIsRejected() {
        product.registered(authority.tokenText(virtualId), "FLEX", "PRODUCTION", AGENTS);
        ProductInstance.Exchange first = product.renewRegistration();
        product.accept(first, MessageType.REGISTRATION_RENEWED);
        ProductInstance.Exchange replay = product.post("renew-registration", first.request(), first.sent());
        assertEquals(409, replay.response().status(), replay.response().toString());
        assertRefused(ProtocolException.REPLAYED, replay);
    }

    @Test
    void aReplayedRegistrationIsRejected() {
        String token = authority.token(virtualId, "{\"maxUses\":5}").getString("token");
        ProductInstance.Exchange first = product.register(token, "FLEX", "PRODUCTION", AGENTS);
        assertEquals(200, first.response().status());
        ProductInstance.Exchange replay = product.post("register", first.request(), first.sent());
        assertEquals(409, replay.response().status());
        assertRegistrationRefused(ProtocolException.REPLAYED, token, replay);
        assertEquals(1, Authority.array(authority.admin.get("api/v1/virtual-accounts/" + virtualId + "/product-instances")).size());
    }

    @Test
    void staleAndFutureRequestsAreRejected() {
        product.registered(authority.tokenText(virtualId), "FLEX", "PRODUCTION", AGENTS);
        for (Duration skew : List.of(Duration.ofMinutes(-6), Duration.ofMinutes(6))) {
            Envelope request = ProductInstance.request(MessageType.RENEW_REGISTRATION, new InstanceRequest(product.instanceId).toJson(),
                    Clock.offset(Clock.systemUTC(), skew));
            ProductInstance.Exchange e = product.send("renew-registration", request);
            assertEquals(400, e.response().status(), e.response().toString());
            assertRefused(ProtocolException.STALE, e);
        }
    }

    @Test
    void anExhaustedTokenIsRefused() {
        String token = authority.tokenText(virtualId);
        product.registered(token, "FLEX", "PRODUCTION", AGENTS);
        ProductInstance.Exchange second = new ProductInstance(authority.anonymous).register(token, "FLEX", "PRODUCTION", AGENTS);
        assertEquals(403, second.response().status());
        assertRegistrationRefused(ProtocolException.TOKEN_EXHAUSTED, token, second);
    }

    @Test
    void aRevokedTokenIsRefused() {
        JsonObject token = authority.token(virtualId, "{\"maxUses\":3}");
        assertEquals(200, authority.admin.post("api/v1/tokens/" + Authority.id(token) + "/revoke", "").status());
        ProductInstance.Exchange e = product.register(token.getString("token"), "FLEX", "PRODUCTION", AGENTS);
        assertEquals(403, e.response().status());
        assertRegistrationRefused(ProtocolException.TOKEN_REVOKED, token.getString("token"), e);
    }

    @Test
    void aTokenThisAuthorityNeverIssuedIsRefused() {
        String real = authority.tokenText(virtualId);
        // same authority key digest, another token id
        String forged = (real.charAt(0) == 'A' ? 'B' : 'A') + real.substring(1);
        ProductInstance.Exchange e = product.register(forged, "FLEX", "PRODUCTION", AGENTS);
        assertEquals(403, e.response().status());
        assertRegistrationRefused(ProtocolException.TOKEN_UNKNOWN, forged, e);
    }

    @Test
    void aRemovedInstanceIsRefused() {
        product.registered(authority.tokenText(virtualId), "FLEX", "PRODUCTION", AGENTS);
        long id = Authority.id(Authority.array(authority.admin.get("api/v1/virtual-accounts/" + virtualId + "/product-instances")).getJsonObject(0));
        ApiResponse removed = authority.admin.delete("api/v1/product-instances/" + id);
        assertEquals(200, removed.status(), removed.toString());
        assertEquals("REMOVED", removed.json().getString("status"));
        ProductInstance.Exchange e = product.authorize("FLEX", "PRODUCTION", AGENTS);
        assertEquals(404, e.response().status());
        assertRefused(ProtocolException.INSTANCE_UNKNOWN, e);
    }

    @Test
    void aBodyThatIsNoJwsGetsAPlainProblem() {
        ApiResponse r = authority.anonymous.request("POST", "api/v1/smart-licensing/register").body(SignedMessage.MEDIA_TYPE, "{\"token\":\"x\"}").send();
        assertEquals(400, r.status());
        assertEquals("application/problem+json", r.mediaType());
        assertEquals(ProtocolException.MALFORMED, r.code());
    }

    @Test
    void theAuthoritySignsWithTheSameKeyForEveryInstance() {
        product.registered(authority.tokenText(virtualId), "FLEX", "PRODUCTION", AGENTS);
        ProductInstance other = new ProductInstance(authority.anonymous);
        other.registered(authority.tokenText(virtualId), "FLEX", "PRODUCTION", AGENTS);
        assertEquals(product.authorityKey, other.authorityKey);
        assertNotEquals(product.instanceId, other.instanceId);
    }

    private Map<String, String> authorizations(String licenseType, String usageMode, List<String> entitlements) {
        return statuses(Authorized.fromJson(product.accept(product.authorize(licenseType, usageMode, entitlements), MessageType.AUTHORIZED)
                .body()).authorizations());
    }

    private static Map<String, String> statuses(List<Authorization> authorizations) {
        return authorizations.stream().collect(Collectors.toMap(Authorization::entitlement, Authorization::status));
    }

    private void assertRefused(String code, ProductInstance.Exchange e) {
        assertEquals(SignedMessage.MEDIA_TYPE, e.response().mediaType(), e.response().toString());
        RefusedByAuthority refused = assertThrows(RefusedByAuthority.class, () -> product.accept(e, MessageType.AUTHORIZED));
        assertEquals(code, refused.code(), refused.getMessage());
    }

    private static void assertRegistrationRefused(String code, String token, ProductInstance.Exchange e) {
        assertEquals(SignedMessage.MEDIA_TYPE, e.response().mediaType(), e.response().toString());
        RefusedByAuthority refused = assertThrows(RefusedByAuthority.class, () -> new org.ccadmin.licensing.protocol.MessageAcceptance(
                Clock.systemUTC()).acceptRegistration(SignedMessage.parse(e.response().body()), RegistrationToken.parse(token), e.request()));
        assertEquals(code, refused.code(), refused.getMessage());
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
