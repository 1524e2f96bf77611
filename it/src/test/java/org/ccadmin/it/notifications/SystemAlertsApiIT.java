package org.ccadmin.it.notifications;

import static org.ccadmin.it.licensing.Licensing.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Smart Licensing system alerts per machine of the inventory ({@code GET /api/v1/alerts}): each is raised
 * on this machine while its condition holds (red) and clears itself (green, with when) once it ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemAlertsApiIT extends UnregisteredEachTime {

    /** Nothing listens here: the authority is unreachable through this "gateway". */
    private static final String UNREACHABLE = "https://127.0.0.1:1/authority";



    /**
     * A new installation has chosen no license type and saved no transport: both alerts were raised when this
     * machine first evaluated them, and cleared themselves once the license type and transport were saved
     * (by the reset before this test, or by an earlier test of the run).
     */
    @Test
    void theInstallationsFirstAlertsWereRaisedAtItsStartAndClearedOnceLicenseTypeAndTransportWereSaved() {
        Instant firstStart = Instant.parse(notifications.licensing().status().getString("firstStartedAt"));
        for (String alert : new String[] {"SMART_LICENSE_NOT_INITIALIZED", "SMART_AGENT_NOT_ENABLED"}) {
            JsonObject a = notifications.awaitGreen(alert);
            Instant raised = Instant.parse(a.getString("raisedAt"));
            Instant cleared = Instant.parse(a.getString("clearedAt"));
            assertTrue(Duration.between(firstStart, raised).abs().compareTo(Duration.ofMinutes(5)) < 0,
                    alert + " raised when the installation started: " + a);
            assertFalse(cleared.isBefore(raised), a::toString);
            assertFalse(a.getString("text").isBlank());
        }
    }

    @Test
    void theSerialNumberAlertIsRedWhileUnregisteredAndGreenOnceRegistered() {
        JsonObject red = notifications.awaitRed("SERIAL_NUMBER_NOT_GENERATED");
        assertEquals("Serial number is not generated", red.getString("text"));
        assertEquals("RED", notifications.localMachine().getString("status"));

        JsonObject registered = notifications.register();
        assertFalse(registered.getString("serialNumber").isBlank());
        JsonObject green = notifications.awaitGreen("SERIAL_NUMBER_NOT_GENERATED");
        assertFalse(Instant.parse(green.getString("clearedAt")).isBefore(Instant.parse(green.getString("raisedAt"))));
        assertEquals("GREEN", notifications.localMachine().getString("status"), notifications.localMachine()::toString);

        ok(notifications.licensing().action("deregister"));
        JsonObject again = notifications.awaitRed("SERIAL_NUMBER_NOT_GENERATED");
        assertTrue(Instant.parse(again.getString("raisedAt")).isAfter(Instant.parse(green.getString("clearedAt")))
                || Instant.parse(again.getString("raisedAt")).equals(Instant.parse(green.getString("clearedAt"))),
                "raised again after it cleared: " + again);
    }

    @Test
    void anUnreachableAuthorityRaisesTheCommunicationAlertUntilAnExchangeSucceeds() {
        notifications.register();
        ok(notifications.licensing().transport("mode", "TRANSPORT_GATEWAY", "gatewayUrl", UNREACHABLE));
        ApiResponse failed = notifications.licensing().action("renew-authorization");
        assertEquals(502, failed.status(), failed::toString);

        JsonObject red = notifications.awaitRed("AUTHORITY_COMMUNICATION_FAILED");
        assertTrue(red.getString("detail").contains("Renew Authorization"), red::toString);
        assertEquals("RED", notifications.localMachine().getString("status"));

        ok(notifications.licensing().transport("mode", "DIRECT"));
        ok(notifications.licensing().action("renew-authorization"));
        JsonObject green = notifications.awaitGreen("AUTHORITY_COMMUNICATION_FAILED");
        assertEquals(red.getString("raisedAt"), green.getString("raisedAt"), "the same alert, now cleared");
    }

    @Test
    void theActiveCountAddsUpTheRedAlertsOfEveryMachine() {
        JsonObject all = api.get("api/v1/alerts").json();
        long red = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .flatMap(m -> m.getJsonArray("alerts").getValuesAs(JsonObject.class).stream())
                .filter(a -> a.getBoolean("active")).count();
        assertEquals(red, all.getInt("active"), all::toString);
    }

    @Test
    void alertsAreForAdministratorsOnly() {
        assertEquals(401, Api.anonymous(base).get("api/v1/alerts").status());
    }
}
