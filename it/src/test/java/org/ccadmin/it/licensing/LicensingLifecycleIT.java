package org.ccadmin.it.licensing;

import static org.ccadmin.it.licensing.Licensing.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ccadmin.it.Api;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.JsonBody;
import org.ccadmin.it.Unique;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The licensing lifecycle end to end, with the license authority deployed beside ccadmin (the embedded default)
 * and the simulated clock (the IT servers start with ccadmin.simulated-clock=true): the evaluation and its expiry
 * at day 90, a refused token that explains itself, register, renew, reregister into another virtual account,
 * the automatic authorization renewal at day 30 and registration renewal at six months, authorization expiry at
 * day 90 and enforcement at day 180 without contact, registration expiry at 12 months, deregister (released,
 * and locally when the authority is unreachable). Time only moves forward and there is one product instance, so
 * the steps run in order and each builds on the one before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LicensingLifecycleIT extends BesideTheAuthority {

    /** Nothing listens here: the authority is unreachable through this "gateway". */
    private static final String UNREACHABLE = "https://127.0.0.1:1/authority";

    private static long smartAccountId;
    private static long defaultAccount;
    private static long eastAccount;
    private static String smartAccountName;

    private Api api;
    private Licensing licensing;
    private AuthorityAdmin authority;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        licensing = new Licensing(api);
        authority = new AuthorityAdmin(authorityBase);
    }

    @Test
    @Order(1)
    void theSimulatedClockTellsTheTimeAndRefusesBadAmounts() {
        Instant now = Instant.parse(ok(api.get(Licensing.CLOCK)).getString("now"));
        assertFalse(now.isBefore(Instant.now().minusSeconds(5)), "the simulated clock never runs behind");
        for (String bad : new String[] {"thirty days", "-P1D", "P0D", "P11Y"}) {
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
        assertTrue(now.isBefore(ends), "a fresh installation is in its evaluation: " + start);
        assertEquals("EVALUATION", start.getString("authorizationStatus"));
        assertEquals("Evaluation state", start.getString("authorizationStatusText"));
        assertEquals(90, start.getJsonNumber("evaluationRemainingDays").longValue(), start::toString);
        assertTrue(lines(start).stream().allMatch(l -> l.getString("status").equals("EVALUATION")), start::toString);

        licensing.advanceClock("PT" + (Duration.between(now, ends).toSeconds() - 60) + "S");
        assertEquals("EVALUATION", licensing.status().getString("authorizationStatus"), "a minute before the end");

        JsonObject moved = licensing.advanceClock("PT2M");
        assertTrue(moved.getBoolean("authorityAdvanced"), moved::toString);
        JsonObject expired = licensing.status();
        assertEquals("UNREGISTERED", expired.getString("registrationStatus"));
        assertEquals("EVALUATION_EXPIRED", expired.getString("authorizationStatus"));
        assertEquals(ends, Instant.parse(expired.getString("authorizationStatusAt")));
        assertEquals("EVALUATION_EXPIRY", expired.getJsonObject("enforcement").getString("reason"));
        assertEquals(0, expired.getJsonNumber("evaluationRemainingDays").longValue());
        assertTrue(lines(expired).stream().allMatch(l -> l.getString("status").equals("EVALUATION_EXPIRED")), expired::toString);
        assertTrue(newest("Deadline passed").getString("summary").contains("Evaluation Expired"));
    }

    @Test
    @Order(3)
    void aRefusedTokenChangesNothingAndExplainsItselfInTheLicensingLog() {
        smartAccountName = "Example Corp " + Unique.suffix();
        JsonObject defaultVa = authority.smartAccount(smartAccountName);
        defaultAccount = AuthorityAdmin.id(defaultVa);
        smartAccountId = defaultVa.getJsonNumber("smartAccountId").longValue();
        eastAccount = AuthorityAdmin.id(authority.virtualAccount(smartAccountId, "East"));
        authority.buyFlexProduction(defaultAccount);
        authority.buyFlexProduction(eastAccount);
        JsonObject revoked = authority.token(defaultAccount);
        authority.revoke(revoked);

        ApiResponse r = api.post(Licensing.STATUS + "/register", JsonBody.of("token", revoked.getString("token")));
        assertEquals(409, r.status(), r::toString);
        assertEquals("token.revoked", r.code());
        JsonObject s = licensing.status();
        assertEquals("UNREGISTERED", s.getString("registrationStatus"));
        assertEquals("EVALUATION_EXPIRED", s.getString("authorizationStatus"));
        assertEquals("NOT_ALLOWED", s.getString("exportControlled"));
        JsonObject alert = s.getJsonObject("communicationFailure");
        assertEquals("token.revoked", alert.getString("code"));
        assertFalse(alert.getBoolean("unreachable"));
        JsonObject logged = newest("Register failed");
        assertEquals("ERROR", logged.getString("kind"));
        assertTrue(logged.getString("detail").contains("token.revoked"), logged::toString);
        assertFalse(logged.getString("detail").contains("Exception"), "no stack trace: " + logged);

        ApiResponse malformed = api.post(Licensing.STATUS + "/register", JsonBody.of("token", "pasted-only-half"));
        assertEquals(409, malformed.status(), malformed::toString);
        assertEquals("token.malformed", malformed.code());
    }

    @Test
    @Order(4)
    void registeringFillsTheStatusTableAndFreezesTheLicenseType() {
        JsonObject s = ok(api.post(Licensing.STATUS + "/register", JsonBody.of("token", token(defaultAccount))));
        assertEquals("REGISTERED", s.getString("registrationStatus"));
        assertEquals("AUTHORIZED", s.getString("authorizationStatus"));
        assertEquals(s.getString("registrationStatusAt"), s.getString("authorizationStatusAt"));
        assertEquals("ALLOWED", s.getString("exportControlled"));
        assertEquals(smartAccountName, s.getString("smartAccount"));
        assertEquals("DEFAULT", s.getString("virtualAccount"));
        assertNotNull(s.getString("serialNumber"));
        assertFalse(s.containsKey("enforcement") && s.get("enforcement") != JsonValue.NULL, "registering ends enforcement");
        assertFalse(s.containsKey("communicationFailure") && s.get("communicationFailure") != JsonValue.NULL);
        assertTrue(lines(s).stream().allMatch(l -> l.getString("status").equals("IN_COMPLIANCE")), s::toString);
        assertEquals(1, authority.productInstances(defaultAccount).size());
        assertTrue(newest("Registered").getString("summary").contains("Registered · Authorized"));

        ApiResponse frozen = licensing.settings("UNIFIED_CCE_2000_AGENTS", "PERPETUAL", "PRODUCTION");
        assertEquals(409, frozen.status(), frozen::toString);
        assertEquals("conflict.deregisterFirst", frozen.code());
        ApiResponse again = api.post(Licensing.STATUS + "/register", JsonBody.of("token", token(defaultAccount)));
        assertEquals("conflict.alreadyRegistered", again.code(), again::toString);
    }

    @Test
    @Order(5)
    void renewingByHandMovesTheDatesButNotTheRegistrationTime() {
        JsonObject before = licensing.status();
        licensing.advanceClock("PT1H");
        JsonObject authorized = ok(licensing.action("renew-authorization"));
        assertTrue(instant(authorized, "authorizationStatusAt").isAfter(instant(before, "authorizationStatusAt")));
        JsonObject renewed = ok(licensing.action("renew-registration"));
        assertEquals(before.getString("registrationStatusAt"), renewed.getString("registrationStatusAt"));
        assertTrue(instant(renewed.getJsonObject("deadlines"), "registrationExpiresAt")
                .isAfter(instant(before.getJsonObject("deadlines"), "registrationExpiresAt")));
    }

    @Test
    @Order(6)
    void reregisteringMovesTheInstanceToAnotherVirtualAccountAndReleasesTheOldOne() {
        String oldSerial = licensing.status().getString("serialNumber");
        JsonObject s = ok(api.post(Licensing.STATUS + "/reregister", JsonBody.of("token", token(eastAccount))));
        assertEquals("REGISTERED", s.getString("registrationStatus"));
        assertEquals("East", s.getString("virtualAccount"));
        assertNotEquals(oldSerial, s.getString("serialNumber"));
        assertEquals("REMOVED", authority.productInstances(defaultAccount).getJsonObject(0).getString("status"));
        assertEquals("ACTIVE", authority.productInstances(eastAccount).getJsonObject(0).getString("status"));
    }

    @Test
    @Order(7)
    void theAuthorizationIsRenewedAutomaticallyAtDay30() {
        JsonObject before = licensing.status();
        Instant due = instant(before.getJsonObject("deadlines"), "authorizationRenewalDueAt");
        assertEquals(instant(before, "authorizationStatusAt").plus(Duration.ofDays(30)), due);
        licensing.advanceClock("PT" + Duration.between(instant(before, "at"), due).toSeconds() + "S");
        licensing.advanceClock("PT1M");
        JsonObject after = licensing.status();
        assertEquals("AUTHORIZED", after.getString("authorizationStatus"));
        Instant renewedAt = instant(after, "authorizationStatusAt");
        assertFalse(renewedAt.isBefore(due), after::toString);
        assertTrue(renewedAt.isBefore(due.plus(Duration.ofMinutes(2))), after::toString);
        assertTrue(newest("Authorization renewed").getString("occurredAt").compareTo(due.toString()) >= 0);
    }

    @Test
    @Order(8)
    void theRegistrationIsRenewedAutomaticallyAtSixMonths() {
        JsonObject before = licensing.status();
        Instant due = instant(before.getJsonObject("deadlines"), "registrationRenewalDueAt");
        licensing.advanceClock("P6M");
        JsonObject after = licensing.status();
        assertEquals("REGISTERED", after.getString("registrationStatus"));
        assertEquals("AUTHORIZED", after.getString("authorizationStatus"), "renewed every 30 days on the way");
        assertEquals(before.getString("registrationStatusAt"), after.getString("registrationStatusAt"));
        Instant nextDue = instant(after.getJsonObject("deadlines"), "registrationRenewalDueAt");
        assertTrue(nextDue.isAfter(due.atZone(ZoneOffset.UTC).plusMonths(6).minusMinutes(1).toInstant()), after::toString);
        assertEquals("TRANSITION", newest("Registration renewed").getString("kind"));
    }

    @Test
    @Order(9)
    void withoutContactTheAuthorizationExpiresAtDay90AndIsEnforcedAtDay180() {
        ok(licensing.transport("mode", "TRANSPORT_GATEWAY", "gatewayUrl", UNREACHABLE));
        JsonObject before = licensing.status();
        Instant expires = instant(before.getJsonObject("deadlines"), "authorizationExpiresAt");
        licensing.advanceClock("PT" + (Duration.between(instant(before, "at"), expires).toSeconds() - 60) + "S");
        JsonObject grace = licensing.status();
        assertEquals("AUTHORIZED", grace.getString("authorizationStatus"), "no state change until the deadline");
        JsonObject alert = grace.getJsonObject("communicationFailure");
        assertTrue(alert.getBoolean("unreachable"), grace::toString);
        assertEquals("RENEW_AUTHORIZATION", alert.getString("request"));
        assertTrue(alert.getInt("attempts") > 1 && alert.getInt("attempts") < 100,
                "retried with back-off, not every 15 minutes: " + alert);
        assertTrue(instant(alert, "nextAttemptAt").isAfter(instant(alert, "at")));
        assertEquals("ERROR", newest("Renew Authorization failed").getString("kind"));

        licensing.advanceClock("PT2M");
        JsonObject expired = licensing.status();
        assertEquals("AUTHORIZATION_EXPIRED", expired.getString("authorizationStatus"));
        assertEquals(expires, instant(expired, "authorizationStatusAt"));
        assertFalse(expired.containsKey("enforcement") && expired.get("enforcement") != JsonValue.NULL, "grace, not enforced yet");
        assertTrue(lines(expired).stream().allMatch(l -> l.getString("status").equals("AUTHORIZATION_EXPIRED")));

        licensing.advanceClock("P90D");
        JsonObject enforced = licensing.status();
        assertEquals("AUTHORIZATION_EXPIRY", enforced.getJsonObject("enforcement").getString("reason"));
        assertEquals(expires.atZone(ZoneOffset.UTC).plusDays(90).toInstant(), instant(enforced.getJsonObject("enforcement"), "since"));

        ok(licensing.transport("mode", "DIRECT"));
        JsonObject recovered = ok(licensing.action("renew-authorization"));
        assertEquals("AUTHORIZED", recovered.getString("authorizationStatus"));
        assertFalse(recovered.containsKey("enforcement") && recovered.get("enforcement") != JsonValue.NULL);
    }

    @Test
    @Order(10)
    void notRenewedFor12MonthsTheRegistrationExpiresAndOnlyReregisterRecovers() {
        ok(licensing.transport("mode", "TRANSPORT_GATEWAY", "gatewayUrl", UNREACHABLE));
        JsonObject before = licensing.status();
        Instant expires = instant(before.getJsonObject("deadlines"), "registrationExpiresAt");
        licensing.advanceClock("PT" + (Duration.between(instant(before, "at"), expires).toSeconds() + 60) + "S");
        JsonObject expired = licensing.status();
        assertEquals("REGISTRATION_EXPIRED", expired.getString("registrationStatus"));
        assertEquals(expires, instant(expired, "registrationStatusAt"));
        assertEquals("NOT_ALLOWED", expired.getString("exportControlled"));
        ok(licensing.transport("mode", "DIRECT"));
        ApiResponse renew = licensing.action("renew-registration");
        assertEquals(409, renew.status(), renew::toString);
        assertEquals("conflict.registrationExpired", renew.code());

        JsonObject back = ok(api.post(Licensing.STATUS + "/reregister", JsonBody.of("token", token(eastAccount))));
        assertEquals("REGISTERED", back.getString("registrationStatus"));
        assertEquals("AUTHORIZED", back.getString("authorizationStatus"));
    }

    @Test
    @Order(11)
    void deregisteringReleasesTheLicensesAndFallsBackToTheExpiredEvaluation() {
        String serial = licensing.status().getString("serialNumber");
        JsonObject s = ok(licensing.action("deregister"));
        assertEquals("UNREGISTERED", s.getString("registrationStatus"));
        assertEquals("EVALUATION_EXPIRED", s.getString("authorizationStatus"));
        assertEquals("EVALUATION_EXPIRY", s.getJsonObject("enforcement").getString("reason"));
        assertFalse(s.containsKey("virtualAccount") && s.get("virtualAccount") != JsonValue.NULL);
        JsonObject released = authority.productInstances(eastAccount).getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("serialNumber").equals(serial)).findFirst().orElseThrow();
        assertEquals("REMOVED", released.getString("status"), released::toString);
        assertEquals("EXCHANGE", newest("Deregister: ").getString("kind"));
    }

    @Test
    @Order(12)
    void deregisteringWhileTheAuthorityIsUnreachableDeregistersLocallyAndSaysToRemoveItThere() {
        ok(api.post(Licensing.STATUS + "/register", JsonBody.of("token", token(defaultAccount))));
        ok(licensing.transport("mode", "TRANSPORT_GATEWAY", "gatewayUrl", UNREACHABLE));
        ApiResponse renew = licensing.action("renew-authorization");
        assertEquals(502, renew.status(), renew::toString);
        assertEquals("authority.unreachable", renew.code());
        assertTrue(renew.json().getString("detail").contains("127.0.0.1:1"), renew::toString);
        assertEquals("REGISTERED", licensing.status().getString("registrationStatus"), "nothing changed");

        JsonObject s = ok(licensing.action("deregister"));
        assertEquals("UNREGISTERED", s.getString("registrationStatus"));
        JsonObject alert = s.getJsonObject("communicationFailure");
        assertEquals("DEREGISTER", alert.getString("request"));
        assertTrue(alert.getString("message").contains("remove the product instance"), alert::toString);
        assertTrue(newest("Deregistered locally").getString("kind").equals("TRANSITION"));
        assertTrue(authority.productInstances(defaultAccount).getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("status").equals("ACTIVE")), "still held at the authority");
        licensing.reset();
    }

    private String token(long virtualAccount) {
        return authority.token(virtualAccount).getString("token");
    }

    /** The newest licensing log line whose summary starts so. */
    private JsonObject newest(String summaryStart) {
        return licensing.log(100).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("summary").startsWith(summaryStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no log line starting with '" + summaryStart + "'"));
    }

    private static List<JsonObject> lines(JsonObject status) {
        return status.getJsonArray("licenseLines").getValuesAs(JsonObject.class);
    }

    private static Instant instant(JsonObject o, String field) {
        return Instant.parse(o.getString(field));
    }
}
