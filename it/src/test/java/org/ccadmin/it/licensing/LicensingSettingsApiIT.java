package org.ccadmin.it.licensing;

import static org.ccadmin.it.licensing.Licensing.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.Deployments;
import org.ccadmin.it.JsonBody;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * License Management settings over REST, without the authority: the status table of an unregistered
 * installation, deployment type, license type and usage mode with strict input, ICM Rogger/Logger forcing
 * Perpetual, Transport Settings and the CA certificate, audit and licensing log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicensingSettingsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private Licensing licensing;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        licensing = new Licensing(api);
        licensing.reset();
    }

    @AfterEach
    void restore() {
        licensing.reset();
    }

    @Test
    void anUnregisteredInstanceShowsUnregisteredEvaluationNotAllowed() {
        ApiResponse r = api.get(Licensing.STATUS);
        JsonObject s = ok(r);
        assertEquals("\"" + s.getJsonNumber("changeStamp").longValue() + "\"", r.etag());
        assertEquals("UNREGISTERED", s.getString("registrationStatus"));
        assertEquals("Unregistered", s.getString("registrationStatusText"));
        assertTrue(List.of("EVALUATION", "EVALUATION_EXPIRED").contains(s.getString("authorizationStatus")));
        assertEquals("NOT_ALLOWED", s.getString("exportControlled"));
        assertEquals("Not Allowed", s.getString("exportControlledText"));
        for (String empty : List.of("smartAccount", "virtualAccount", "serialNumber")) {
            assertFalse(s.containsKey(empty) && s.get(empty) != JsonValue.NULL, empty + " is empty: " + s);
        }
        boolean expired = s.getString("authorizationStatus").equals("EVALUATION_EXPIRED");
        assertEquals(expired, s.containsKey("enforcement") && s.get("enforcement") != JsonValue.NULL,
                "enforced exactly when the evaluation expired: " + s);
        assertFalse(s.getString("productInstanceName").isBlank());
        assertNotNull(s.getString("evaluationEndsAt"));
        assertNotNull(s.getString("firstStartedAt"));
        assertEquals(4, s.getJsonArray("licenseLines").size(), "Flex Production on Unified CCE: four lines");
    }

    @Test
    void settingsAreSavedAndAudited() {
        JsonObject s = ok(licensing.settings("PACKAGED_CCE", "PERPETUAL", "NON_PRODUCTION"));
        assertEquals("PACKAGED_CCE", s.getString("deploymentType"));
        assertEquals("PERPETUAL", s.getString("licenseType"));
        assertEquals("NON_PRODUCTION", s.getString("usageMode"));
        assertEquals(List.of("REGULAR_AGENT", "PREMIUM_AGENT", "DIALER_PORTS", "SERVER_LICENSE", "AVAYA_PG"),
                s.getJsonArray("licenseLines").getValuesAs(JsonObject.class).stream().map(l -> l.getString("entitlement")).toList());
        JsonObject audit = ok(api.get("api/v1/audit?resourceType=licensing&size=1"));
        JsonObject latest = audit.getJsonArray("items").getJsonObject(0);
        assertTrue(latest.toString().contains("PACKAGED_CCE"), latest::toString);
    }

    @Test
    void aSettingsPutCarriesOnlyWhatItChanges() {
        ok(licensing.settings("PACKAGED_CCE", "FLEX", "PRODUCTION"));
        JsonObject s = ok(api.put(Licensing.SETTINGS, JsonBody.of("licenseType", "PERPETUAL", "changeStamp", licensing.stamp())));
        assertEquals("PERPETUAL", s.getString("licenseType"));
        assertEquals("PRODUCTION", s.getString("usageMode"), "the usage mode stays");
        assertEquals("PACKAGED_CCE", s.getString("deploymentType"), "the deployment type stays");
        s = ok(api.put(Licensing.SETTINGS, JsonBody.of("deploymentType", "UNIFIED_CCE_4000_AGENTS", "changeStamp", licensing.stamp())));
        assertEquals("UNIFIED_CCE_4000_AGENTS", s.getString("deploymentType"));
        assertEquals("PERPETUAL", s.getString("licenseType"), "the license type stays");
    }

    @Test
    void iCMRoggerLoggerForcesPerpetualAndLeavingItRestoresFlex() {
        JsonObject forced = ok(licensing.settings("ICM_ROGGER_LOGGER", "FLEX", "PRODUCTION"));
        assertEquals("FLEX", forced.getString("configuredLicenseType"));
        assertEquals("PERPETUAL", forced.getString("licenseType"));
        assertTrue(forced.getBoolean("licenseTypeForced"));
        assertTrue(forced.getJsonArray("licenseLines").toString().contains("AVAYA_PG"), "ICM Perpetual lines");
        JsonObject back = ok(licensing.settings("UNIFIED_CCE_4000_AGENTS", "FLEX", "PRODUCTION"));
        assertEquals("FLEX", back.getString("licenseType"));
        assertFalse(back.getBoolean("licenseTypeForced"));
    }

    @Test
    void badSettingsNameTheirFields() {
        ApiResponse unknown = api.put(Licensing.SETTINGS, JsonBody.of("deploymentType", "CCE_9000", "licenseType", "GOLD",
                "usageMode", "PRODUCTION", "colour", "red", "changeStamp", licensing.stamp()));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("application/problem+json", unknown.mediaType());
        assertEquals(Optional("invalidInput.unknownValue"), unknown.errorCode("deploymentType"));
        assertEquals(Optional("invalidInput.unknownValue"), unknown.errorCode("licenseType"));
        assertEquals(Optional("invalidInput.unknownField"), unknown.errorCode("colour"));

        // (A field left out keeps its value: aSettingsPutCarriesOnlyWhatItChanges.)
        ApiResponse notOffered = licensing.settings("PACKAGED_CCE", "FLEX", "NON_PRODUCTION");
        assertEquals(400, notOffered.status(), notOffered::toString);
        assertEquals("FLEX", licensing.status().getString("licenseType"), "nothing changed");
    }

    @Test
    void aStaleChangeStampIsRefused() {
        long stamp = licensing.stamp();
        ok(licensing.settings("PACKAGED_CCE", "FLEX", "PRODUCTION"));
        ApiResponse stale = api.put(Licensing.SETTINGS, JsonBody.of("deploymentType", "UNIFIED_CCE_2000_AGENTS",
                "changeStamp", stamp));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("conflict.staleChangeStamp", stale.code());
        ApiResponse none = api.put(Licensing.SETTINGS, JsonBody.of("deploymentType", "UNIFIED_CCE_2000_AGENTS"));
        assertEquals(428, none.status(), none::toString);
    }

    @Test
    void transportModesAreValidatedAndSaved() {
        JsonObject proxy = ok(licensing.transport("mode", "HTTP_PROXY", "proxyHost", "proxy.example.com", "proxyPort", 3128));
        assertEquals("HTTP_PROXY", proxy.getString("mode"));
        assertEquals(3128, proxy.getInt("proxyPort"));
        assertEquals(proxy, ok(api.get(Licensing.TRANSPORT)));

        JsonObject gateway = ok(licensing.transport("mode", "TRANSPORT_GATEWAY", "gatewayUrl", "https://ssm.example.com/Transportgateway/services/DeviceRequestHandler"));
        assertEquals("TRANSPORT_GATEWAY", gateway.getString("mode"));

        ApiResponse httpGateway = licensing.transport("mode", "TRANSPORT_GATEWAY", "gatewayUrl", "http://ssm.example.com/");
        assertEquals(400, httpGateway.status(), httpGateway::toString);
        assertEquals(Optional("invalidInput.invalidUrl"), httpGateway.errorCode("gatewayUrl"));

        ApiResponse badProxy = licensing.transport("mode", "HTTP_PROXY", "proxyPort", 70000, "gatewayUrl", "https://x.example.com/");
        assertEquals(400, badProxy.status(), badProxy::toString);
        assertTrue(badProxy.errorFields().containsAll(List.of("proxyHost", "proxyPort", "gatewayUrl")), badProxy::toString);

        ApiResponse badMode = licensing.transport("mode", "CARRIER_PIGEON");
        assertEquals(400, badMode.status(), badMode::toString);
        assertEquals(Optional("invalidInput.unknownValue"), badMode.errorCode("mode"));
        assertEquals("TRANSPORT_GATEWAY", ok(api.get(Licensing.TRANSPORT)).getString("mode"), "nothing changed");
    }

    @Test
    void theCaCertificateIsReadAsX509AndShownBySubjectAndExpiry() {
        long stamp = ok(api.get(Licensing.TRANSPORT)).getJsonNumber("changeStamp").longValue();
        ApiResponse garbage = api.put(Licensing.CA_CERTIFICATE, JsonBody.of("pem", "not a certificate", "changeStamp", stamp));
        assertEquals(400, garbage.status(), garbage::toString);
        assertEquals(Optional("invalidInput.invalidCertificate"), garbage.errorCode("pem"));

        JsonObject uploaded = ok(api.put(Licensing.CA_CERTIFICATE, JsonBody.of("pem", Licensing.testCa(), "changeStamp", stamp)));
        JsonObject ca = uploaded.getJsonObject("caCertificate");
        assertTrue(ca.getString("subject").contains("CN=Test Licensing CA"), ca::toString);
        assertTrue(ca.getString("expiresAt").compareTo("2030") > 0, ca::toString);
        assertFalse(uploaded.toString().contains("BEGIN CERTIFICATE"), "the PEM is not echoed");

        JsonObject removed = ok(api.delete(Licensing.CA_CERTIFICATE + "?changeStamp=" + uploaded.getJsonNumber("changeStamp")));
        assertFalse(removed.containsKey("caCertificate") && removed.get("caCertificate") != JsonValue.NULL, removed::toString);
    }

    @Test
    void actionsNeedingARegistrationAreRefusedWhileUnregistered() {
        for (String action : List.of("deregister", "renew-authorization", "renew-registration")) {
            ApiResponse r = licensing.action(action);
            assertEquals(409, r.status(), r::toString);
            assertEquals("conflict.notRegistered", r.code());
        }
        ApiResponse reregister = api.post(Licensing.STATUS + "/reregister", JsonBody.of("token", "x".repeat(64)));
        assertEquals("conflict.notRegistered", reregister.code(), reregister::toString);
        ApiResponse noToken = api.post(Licensing.STATUS + "/register", "{}");
        assertEquals(400, noToken.status(), noToken::toString);
        assertTrue(noToken.errorFields().contains("token"));
    }

    @Test
    void theLicensingLogIsPagedNewestFirst() {
        ok(licensing.settings("UNIFIED_CCE_2000_AGENTS", "PERPETUAL", "PRODUCTION"));
        JsonObject page = licensing.log(2);
        assertEquals(2, page.getJsonArray("items").size());
        JsonObject newest = page.getJsonArray("items").getJsonObject(0);
        JsonObject older = page.getJsonArray("items").getJsonObject(1);
        assertEquals("TRANSITION", newest.getString("kind"));
        assertTrue(newest.getString("summary").startsWith("License type selected"), newest::toString);
        assertTrue(newest.getString("detail").contains("Perpetual Production"), newest::toString);
        assertTrue(newest.getJsonNumber("id").longValue() > older.getJsonNumber("id").longValue());
        assertTrue(page.getJsonNumber("total").longValue() >= 2);
        ApiResponse badSort = api.get(Licensing.LOG + "?sort=colour");
        assertEquals(400, badSort.status(), badSort::toString);
    }

    private static java.util.Optional<String> Optional(String code) {
        return java.util.Optional.of(code);
    }
}
