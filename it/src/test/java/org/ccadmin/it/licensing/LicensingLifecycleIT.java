package org.ccadmin.it.licensing;

import static org.ccadmin.it.licensing.Licensing.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.Deployments;
import org.ccadmin.it.JsonBody;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The licensing lifecycle with the simulated clock (the IT servers start with ccadmin.simulated-clock=true). Time
 * only moves forward and the instance is one per installation, so the steps run in order: the evaluation at the
 * start, its expiry at day 90.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LicensingLifecycleIT {

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
    }

    @Test
    @Order(1)
    void theSimulatedClockTellsTheTimeAndRefusesBadAmounts() {
        Instant now = Instant.parse(ok(api.get(Licensing.CLOCK)).getString("now"));
        assertTrue(Duration.between(now, Instant.now()).abs().compareTo(Duration.ofDays(400 * 3)) < 0);
        for (String bad : new String[] {"thirty days", "-P1D", "P0D"}) {
            ApiResponse r = api.post(Licensing.CLOCK, JsonBody.of("advanceBy", bad));
            assertEquals(400, r.status(), r::toString);
            assertTrue(r.errorFields().contains("advanceBy"), r::toString);
        }
        ApiResponse anonymous = Api.anonymous(base).post(Licensing.CLOCK, JsonBody.of("advanceBy", "P1D"));
        assertEquals(401, anonymous.status(), anonymous::toString);
    }

    @Test
    @Order(2)
    void theEvaluationCountsFromTheFirstStartAndExpiresAtDay90WithEnforcement() {
        licensing.reset();
        JsonObject start = licensing.status();
        Instant firstStart = Instant.parse(start.getString("firstStartedAt"));
        Instant ends = Instant.parse(start.getString("evaluationEndsAt"));
        assertEquals(firstStart.plus(Duration.ofDays(90)), ends);
        Instant now = Instant.parse(start.getString("at"));
        if (!now.isBefore(ends)) {
            return; // another run of this class already moved past the evaluation on this database
        }
        assertEquals("EVALUATION", start.getString("authorizationStatus"));
        assertEquals("Evaluation state", start.getString("authorizationStatusText"));
        long remaining = start.getJsonNumber("evaluationRemainingDays").longValue();
        assertTrue(remaining > 0 && remaining <= 90, start::toString);
        assertTrue(start.getJsonArray("licenseLines").getValuesAs(JsonObject.class).stream()
                .allMatch(l -> l.getString("status").equals("EVALUATION")), start::toString);

        long secondsLeft = Duration.between(now, ends).toSeconds();
        licensing.advanceClock("PT" + (secondsLeft - 60) + "S");
        assertEquals("EVALUATION", licensing.status().getString("authorizationStatus"), "a minute before the end");

        JsonObject moved = licensing.advanceClock("PT2M");
        assertTrue(moved.getInt("evaluations") >= 1, moved::toString);
        JsonObject expired = licensing.status();
        assertEquals("UNREGISTERED", expired.getString("registrationStatus"));
        assertEquals("EVALUATION_EXPIRED", expired.getString("authorizationStatus"));
        assertEquals(ends.toString(), expired.getString("authorizationStatusAt"));
        assertEquals("EVALUATION_EXPIRY", expired.getJsonObject("enforcement").getString("reason"));
        assertEquals(0, expired.getJsonNumber("evaluationRemainingDays").longValue());
        assertTrue(expired.getJsonArray("licenseLines").getValuesAs(JsonObject.class).stream()
                .allMatch(l -> l.getString("status").equals("EVALUATION_EXPIRED")), expired::toString);

        JsonObject transition = licensing.log(5).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("summary").startsWith("Deadline passed")).findFirst().orElseThrow();
        assertTrue(transition.getString("summary").contains("Evaluation Expired"), transition::toString);
    }
}
