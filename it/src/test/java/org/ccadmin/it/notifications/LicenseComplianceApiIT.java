package org.ccadmin.it.notifications;

import static org.ccadmin.it.licensing.Licensing.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccadmin.it.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The License Compliance report ({@code GET /api/v1/license-compliance}): the banner's aggregate, the product
 * instance with its states and since when, and the timeline of upcoming deadlines, all agreeing with the
 * licensing status the same server derives.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicenseComplianceApiIT extends UnregisteredEachTime {

    private static final String REPORT = "api/v1/license-compliance";



    /**
     * Unregistered, the banner is Evaluation until its end, or Enforcement (evaluation expiry) once the
     * evaluation is over (earlier tests of a run move the clock past it): whichever the status says.
     */
    @Test
    void anUnregisteredInstanceShowsTheEvaluationOrItsEnforcementWithTheDeadlinesAhead() {
        JsonObject status = notifications.licensing().status();
        JsonObject report = ok(api.get(REPORT));
        JsonObject banner = report.getJsonObject("banner");
        Instant at = Instant.parse(report.getString("at"));
        Instant evaluationEnds = Instant.parse(status.getString("evaluationEndsAt"));
        List<JsonObject> timeline = report.getJsonArray("timeline").getValuesAs(JsonObject.class);
        if (status.containsKey("enforcement")) {
            assertEquals("ENFORCEMENT", banner.getString("level"), report::toString);
            assertEquals("EVALUATION_EXPIRY", banner.getString("reason"));
            assertEquals(status.getJsonObject("enforcement").getString("since"), banner.getString("since"));
            assertFalse(banner.containsKey("until"), "only registering ends it");
            assertTrue(timeline.isEmpty(), "nothing is ahead of an expired evaluation: " + timeline);
        } else {
            assertEquals("EVALUATION", banner.getString("level"), report::toString);
            assertEquals(evaluationEnds, Instant.parse(banner.getString("until")));
            assertEquals(List.of("EVALUATION_ENDS", "ENFORCEMENT_STARTS"), milestones(timeline));
            assertEquals(evaluationEnds, Instant.parse(timeline.get(0).getString("at")));
            assertEquals(Duration.between(at, evaluationEnds), Duration.parse(timeline.get(0).getString("left")));
        }
        JsonObject instance = report.getJsonArray("instances").getJsonObject(0);
        assertEquals(status.getString("productInstanceName"), instance.getString("productInstanceName"));
        assertEquals("UNREGISTERED", instance.getString("registrationStatus"));
        assertEquals(status.getString("authorizationStatus"), instance.getString("authorizationStatus"));
        assertEquals(status.getString("authorizationStatusAt"), instance.getString("authorizationStatusAt"));
    }

    @Test
    void aRegisteredAuthorizedInstanceShowsNoBannerAndEveryRenewalExpiryAndTheEnforcementDay() {
        notifications.register();
        // As stored (the answer of register carries the instant before the database rounded it).
        JsonObject status = notifications.licensing().status();
        assertEquals("AUTHORIZED", status.getString("authorizationStatus"), status::toString);
        JsonObject report = ok(api.get(REPORT));
        assertFalse(report.getJsonObject("banner").containsKey("level"), report::toString);
        JsonObject instance = report.getJsonArray("instances").getJsonObject(0);
        assertEquals("REGISTERED", instance.getString("registrationStatus"));
        assertEquals(status.getString("registrationStatusAt"), instance.getString("registrationStatusAt"));
        assertFalse(instance.containsKey("enforcement"));

        JsonObject d = status.getJsonObject("deadlines");
        List<JsonObject> timeline = report.getJsonArray("timeline").getValuesAs(JsonObject.class);
        assertEquals(List.of("AUTHORIZATION_RENEWAL_DUE", "AUTHORIZATION_EXPIRES", "ENFORCEMENT_STARTS",
                "REGISTRATION_RENEWAL_DUE", "REGISTRATION_EXPIRES"), milestones(timeline), timeline::toString);
        assertEquals(d.getString("authorizationRenewalDueAt"), timeline.get(0).getString("at"));
        assertEquals(d.getString("authorizationExpiresAt"), timeline.get(1).getString("at"));
        assertEquals(d.getString("enforcementStartsAt"), timeline.get(2).getString("at"));
        assertEquals("AUTHORIZATION_EXPIRY", timeline.get(2).getString("reason"));
        assertEquals(d.getString("registrationRenewalDueAt"), timeline.get(3).getString("at"));
        assertEquals(d.getString("registrationExpiresAt"), timeline.get(4).getString("at"));
        Instant at = Instant.parse(report.getString("at"));
        for (JsonObject entry : timeline) {
            assertEquals(Duration.between(at, Instant.parse(entry.getString("at"))), Duration.parse(entry.getString("left")));
            assertFalse(entry.getString("leftText").isBlank());
        }
        assertTrue(timeline.get(0).getString("leftText").startsWith("29 days") || timeline.get(0).getString("leftText").startsWith("30 days"),
                timeline.get(0)::toString);
    }

    @Test
    void nonProductionUsageModeIsAnnouncedAndProductionIsNot() {
        assertFalse(ok(api.get(REPORT)).getJsonObject("banner").getBoolean("nonProduction"));
        ok(notifications.licensing().settings("UNIFIED_CCE_2000_AGENTS", "PERPETUAL", "NON_PRODUCTION"));
        assertTrue(ok(api.get(REPORT)).getJsonObject("banner").getBoolean("nonProduction"));
        assertEquals("NON_PRODUCTION", ok(api.get(REPORT)).getJsonArray("instances").getJsonObject(0).getString("usageMode"));
        ok(notifications.licensing().settings("UNIFIED_CCE_2000_AGENTS", "FLEX", "PRODUCTION"));
        assertFalse(ok(api.get(REPORT)).getJsonObject("banner").getBoolean("nonProduction"));
    }

    @Test
    void theReportNeedsASignIn() {
        assertEquals(401, Api.anonymous(base).get(REPORT).status());
    }

    private static List<String> milestones(List<JsonObject> timeline) {
        return timeline.stream().map(e -> e.getString("milestone")).toList();
    }
}
