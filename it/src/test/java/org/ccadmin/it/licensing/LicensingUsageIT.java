package org.ccadmin.it.licensing;

import static org.ccadmin.it.licensing.Licensing.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.JsonBody;
import org.ccadmin.it.TestData;
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
 * Usage reporting end to end, beside the real authority and with the simulated clock moved window by window:
 * agent sign-ins through {@code agent-sessions}, 15-minute windows with their peaks, reports kept but not sent
 * during evaluation, both scenarios of the source (five overages → Out-of-Compliance with the usage locked at
 * 130 until 30 more are bought; two overages then compliant → the next overage is 1 of 5), 90 days out of
 * compliance → Enforcement that refuses adding agents until a purchase ends it, reports queued while the
 * authority is unreachable and sent in order when it returns, evaluation expiry → Enforcement. One product
 * instance and time only forward, so the steps run in order; the class sorts after the other licensing ITs
 * (failsafe runs them alphabetically), whose evaluation must still be fresh, and leaves the instance registered
 * and compliant, so the tests after it may add agents.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LicensingUsageIT extends BesideTheAuthority {

    static final String SESSIONS = "api/v1/agent-sessions";
    /** A sign-in authenticates the agent (single sign-on is off: with its password). */
    static final String AGENT_PASSWORD = "agent-Password-1";
    static final String USAGE = "api/v1/licensing/usage";
    static final String REPORTS = "api/v1/licensing/usage-reports";
    private static final String VOICE = "1";
    private static final String UNREACHABLE = "https://127.0.0.1:1/authority";

    private static final List<String> agents = new ArrayList<>();
    private static final List<String> signedIn = new ArrayList<>();
    private static String chat;
    private static long virtualAccount;
    private static int events;

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
    void agentSessionsAreValidatedAndIdempotentPerEventId() {
        licensing.reset();
        alignToQuarterHour();
        // The ITs before may have left the evaluation expired (Enforcement): registered, agents may be added.
        long setup = AuthorityAdmin.id(authority.smartAccount("Usage Setup " + Unique.suffix()));
        for (String line : new String[] {"STANDARD_AGENT", "PREMIUM_AGENT", "DIALER_PORTS", "SERVER_LICENSE"}) {
            authority.buy(setup, line, 1000);
        }
        ok(api.post(Licensing.STATUS + "/register", JsonBody.of("token", authority.token(setup).getString("token"))));
        TestData data = new TestData(api);
        chat = data.mediaRoutingDomain(Unique.name("Chat")).getString("name");
        for (int i = 0; i < 150; i++) {
            agents.add(data.agent(Unique.name("usage" + i), "password", AGENT_PASSWORD).getString("userName"));
        }
        ok(licensing.action("deregister"));

        ApiResponse bad = api.post(SESSIONS, JsonBody.of("eventId", "", "type", "SIGN_UP", "agent", "nobody", "at", "yesterday"));
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.errorFields().containsAll(List.of("type")), bad::toString);
        ApiResponse noDomain = api.post(SESSIONS, JsonBody.of("eventId", Unique.name("e"), "type", "SIGN_IN", "agent", agents.get(0)));
        assertEquals(List.of("mediaRoutingDomain"), noDomain.errorFields(), noDomain::toString);
        ApiResponse unknown = api.post(SESSIONS, JsonBody.of("eventId", Unique.name("e"), "type", "SIGN_IN", "agent", "nobody-" + Unique.suffix(),
                "mediaRoutingDomain", VOICE));
        assertEquals(List.of("agent"), unknown.errorFields(), unknown::toString);
        ApiResponse future = api.post(SESSIONS, JsonBody.of("eventId", Unique.name("e"), "type", "SIGN_IN", "agent", agents.get(0),
                "mediaRoutingDomain", VOICE, "at", "2999-01-01T00:00:00Z", "password", AGENT_PASSWORD));
        assertEquals(List.of("at"), future.errorFields(), future::toString);

        String id = Unique.name("evt");
        String body = JsonBody.of("eventId", id, "type", "SIGN_IN", "agent", agents.get(0), "mediaRoutingDomain", chat,
                "password", AGENT_PASSWORD);
        JsonObject first = ok(api.post(SESSIONS, body));
        JsonObject again = ok(api.post(SESSIONS, body));
        assertEquals(first, again, "a resend gets the same answer");
        ApiResponse reused = api.post(SESSIONS, JsonBody.of("eventId", id, "type", "SIGN_OUT", "agent", agents.get(0)));
        assertEquals(409, reused.status(), reused::toString);
        assertEquals("conflict.eventIdReused", reused.code());
        ApiResponse twice = api.post(SESSIONS, JsonBody.of("eventId", Unique.name("e"), "type", "SIGN_IN", "agent", agents.get(0),
                "mediaRoutingDomain", chat, "password", AGENT_PASSWORD));
        assertEquals("conflict.alreadySignedIn", twice.code(), twice::toString);

        JsonObject list = ok(api.get(SESSIONS));
        assertEquals(1, list.getInt("total"), list::toString);
        JsonObject agent = list.getJsonArray("items").getJsonObject(0);
        assertEquals("PREMIUM_AGENT", agent.getString("entitlement"), "an agent on a non-voice domain consumes Premium");
        ok(api.post(SESSIONS, JsonBody.of("eventId", Unique.name("e"), "type", "SIGN_OUT", "agent", agents.get(0))));
        ApiResponse notIn = api.post(SESSIONS, JsonBody.of("eventId", Unique.name("e"), "type", "SIGN_OUT", "agent", agents.get(0)));
        assertEquals("conflict.notSignedIn", notIn.code(), notIn::toString);
        assertEquals(0, ok(api.get(SESSIONS)).getInt("total"));
    }

    @Test
    @Order(2)
    void duringEvaluationWindowsAreStoredButNotSent() {
        Instant start = now();
        usage(3);
        licensing.advanceClock("PT15M");
        JsonObject w = report(start, "STANDARD_AGENT");
        assertEquals(3, w.getInt("actualPeak"), w::toString);
        assertFalse(w.getBoolean("sendable"), w::toString);
        assertFalse(w.containsKey("sentAt") && w.get("sentAt") != JsonValue.NULL, w::toString);
        usage(0);
    }

    @Test
    @Order(3)
    void scenario1FiveOveragesLockTheReportedUsageAt130UntilThirtyMoreAreBought() {
        JsonObject va = authority.smartAccount("Usage Corp " + Unique.suffix());
        virtualAccount = AuthorityAdmin.id(va);
        authority.buy(virtualAccount, "STANDARD_AGENT", 100);
        authority.buy(virtualAccount, "PREMIUM_AGENT", 10);
        authority.buy(virtualAccount, "DIALER_PORTS", 10);
        authority.buy(virtualAccount, "SERVER_LICENSE", 10);
        ok(api.post(Licensing.STATUS + "/register", JsonBody.of("token", authority.token(virtualAccount).getString("token"))));
        licensing.advanceClock("PT15M");

        int[] used = {110, 115, 120, 125, 130};
        for (int i = 0; i < used.length; i++) {
            JsonObject v = window(used[i], i + 1 < used.length ? used[i + 1] : 120);
            assertEquals(used[i], v.getInt("actualPeak"));
            assertEquals(100, v.getInt("entitled"));
            if (i < 4) {
                assertEquals("IN_COMPLIANCE", v.getString("status"), v::toString);
                assertEquals(i + 1, v.getInt("overages"), v::toString);
                assertEquals(used[i], v.getInt("reportedUsage"));
            } else {
                assertEquals("OUT_OF_COMPLIANCE", v.getString("status"), v::toString);
                assertEquals(130, v.getInt("reportedUsage"));
                assertNotNull(v.getString("outOfComplianceSince"));
            }
        }
        JsonObject s = licensing.status();
        assertEquals("OUT_OF_COMPLIANCE", s.getString("authorizationStatus"), s::toString);
        assertNoEnforcement(s);

        JsonObject locked = window(120, 120);
        assertEquals(120, locked.getInt("actualPeak"));
        assertEquals(130, locked.getInt("reportedUsage"), "locked at the highest usage since OOC began");
        JsonObject summary = summaryLine("STANDARD_AGENT");
        assertEquals(120, summary.getInt("usageCount"));
        assertEquals(130, summary.getInt("reportedUsage"));
        assertEquals("OUT_OF_COMPLIANCE", summary.getString("status"));

        authority.buy(virtualAccount, "STANDARD_AGENT", 20);
        JsonObject stillLocked = window(120, 100);
        assertEquals("OUT_OF_COMPLIANCE", stillLocked.getString("status"), "120 licenses do not cover the locked 130");
        assertEquals(130, stillLocked.getInt("reportedUsage"));

        authority.buy(virtualAccount, "STANDARD_AGENT", 10);
        JsonObject compliant = window(100, 100);
        assertEquals("IN_COMPLIANCE", compliant.getString("status"), compliant::toString);
        assertEquals(130, compliant.getInt("entitled"));
        assertEquals(100, compliant.getInt("reportedUsage"), "the actual usage again");
        assertEquals("AUTHORIZED", licensing.status().getString("authorizationStatus"));
    }

    @Test
    @Order(4)
    void scenario2TwoOveragesThenCompliantMakeTheNextOverageOneOfFive() {
        // 130 licenses now: 140 is an overage.
        assertEquals(1, window(140, 135).getInt("overages"));
        assertEquals(2, window(135, 120).getInt("overages"));
        JsonObject back = window(120, 140);
        assertEquals("IN_COMPLIANCE", back.getString("status"));
        assertEquals(0, back.getInt("overages"));
        JsonObject next = window(135, 100);
        assertEquals(1, next.getInt("overages"), "1 of 5 again");
        assertEquals("IN_COMPLIANCE", next.getString("status"));
        assertEquals("AUTHORIZED", licensing.status().getString("authorizationStatus"));
    }

    @Test
    @Order(5)
    void ninetyDaysOutOfComplianceEnforceAndOnlyAPurchaseLiftsTheBlockOnAddingAgents() {
        for (int i = 0; i < 5; i++) {
            window(135, 135);
        }
        JsonObject ooc = licensing.status();
        assertEquals("OUT_OF_COMPLIANCE", ooc.getString("authorizationStatus"), ooc::toString);
        Instant since = Instant.parse(ooc.getString("authorizationStatusAt"));
        licensing.advanceClock("P90D");
        JsonObject enforced = licensing.status();
        assertEquals("OUT_OF_COMPLIANCE_EXPIRY", enforced.getJsonObject("enforcement").getString("reason"), enforced::toString);
        assertEquals(since.plusSeconds(90L * 86400), Instant.parse(enforced.getJsonObject("enforcement").getString("since")));

        ApiResponse refused = api.post("api/v1/agents", JsonBody.of("userName", Unique.name("blocked")));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("licensing.enforced", refused.code());
        assertTrue(refused.json().getString("type").endsWith("/licensing.enforced"), refused::toString);
        assertTrue(refused.json().getString("detail").contains("Out-of-Compliance expiry"), refused::toString);
        assertTrue(refused.json().getString("detail").contains("Purchase"), refused::toString);
        assertEquals(200, api.get("api/v1/agents").status(), "everything else keeps working");

        drainQueue();
        assertEquals("OUT_OF_COMPLIANCE_EXPIRY", licensing.status().getJsonObject("enforcement").getString("reason"));
        authority.buy(virtualAccount, "STANDARD_AGENT", 10);
        JsonObject compliant = window(135, 0);
        assertEquals("IN_COMPLIANCE", compliant.getString("status"), compliant::toString);
        JsonObject recovered = licensing.status();
        assertNoEnforcement(recovered);
        ApiResponse allowed = new TestData(api).track(api.post("api/v1/agents", JsonBody.of("userName", Unique.name("allowed"))));
        assertEquals(201, allowed.status(), allowed::toString);
    }

    @Test
    @Order(6)
    void reportsQueuedWhileTheAuthorityIsUnreachableGoInOrderWhenItReturns() {
        ok(licensing.transport("mode", "TRANSPORT_GATEWAY", "gatewayUrl", UNREACHABLE));
        Instant first = now();
        usage(7);
        licensing.advanceClock("PT15M");
        usage(8);
        licensing.advanceClock("PT15M");
        usage(9);
        licensing.advanceClock("PT15M");
        JsonArray queued = reports(first, now());
        List<JsonObject> standard = standard(queued);
        assertEquals(3, standard.size(), queued::toString);
        assertTrue(standard.stream().allMatch(r -> !r.containsKey("sentAt") || r.get("sentAt") == JsonValue.NULL), queued::toString);
        JsonObject alert = licensing.status().getJsonObject("communicationFailure");
        assertEquals("REPORT_USAGE", alert.getString("request"), alert::toString);
        assertTrue(alert.getBoolean("unreachable"));

        ok(licensing.transport("mode", "DIRECT"));
        ok(licensing.action("renew-authorization"));
        List<JsonObject> sent = standard(reports(first, now()));
        assertEquals(List.of(7, 8, 9), sent.stream().map(r -> r.getInt("actualPeak")).toList());
        assertTrue(sent.stream().allMatch(r -> r.getString("status").equals("IN_COMPLIANCE")), sent::toString);
        assertEquals(0, ok(api.get(USAGE)).getInt("queued"));
        JsonObject s = licensing.status();
        assertFalse(s.containsKey("communicationFailure") && s.get("communicationFailure") != JsonValue.NULL, s::toString);
        usage(0);
    }

    @Test
    @Order(7)
    void afterTheEvaluationExpiredADeregisteredInstanceIsEnforcedUntilItRegistersAgain() {
        ok(licensing.action("deregister"));
        JsonObject s = licensing.status();
        assertEquals("EVALUATION_EXPIRY", s.getJsonObject("enforcement").getString("reason"), s::toString);
        ApiResponse refused = api.post("api/v1/agents", JsonBody.of("userName", Unique.name("blocked")));
        assertEquals("licensing.enforced", refused.code(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("Register the product instance"), refused::toString);

        ok(api.post(Licensing.STATUS + "/register", JsonBody.of("token", authority.token(virtualAccount).getString("token"))));
        ApiResponse allowed = new TestData(api).track(api.post("api/v1/agents", JsonBody.of("userName", Unique.name("allowed"))));
        assertEquals(201, allowed.status(), allowed::toString);
        // Left registered and compliant: the browser tests after this class add agents.
    }

    // --- helpers

    /**
     * One window with a peak of {@code peak} signed-in agents: signs in up to it, then signs out down to what the
     * next window needs (still inside this window), moves 15 minutes on and returns the STANDARD_AGENT report.
     */
    private JsonObject window(int peak, int next) {
        Instant start = now();
        usage(peak);
        usage(Math.min(peak, next));
        licensing.advanceClock("PT15M");
        return report(start, "STANDARD_AGENT");
    }

    /** Signs voice agents in or out until {@code n} are signed in. */
    private void usage(int n) {
        while (signedIn.size() < n) {
            String agent = agents.get(signedIn.size());
            ok(api.post(SESSIONS, JsonBody.of("eventId", "it-" + Unique.suffix() + "-" + events++, "type", "SIGN_IN",
                    "agent", agent, "mediaRoutingDomain", VOICE, "password", AGENT_PASSWORD)));
            signedIn.add(agent);
        }
        while (signedIn.size() > n) {
            String agent = signedIn.remove(signedIn.size() - 1);
            ok(api.post(SESSIONS, JsonBody.of("eventId", "it-" + Unique.suffix() + "-" + events++, "type", "SIGN_OUT",
                    "agent", agent)));
        }
    }

    /**
     * The 90 days left a backlog of windows (a timer run sends a day of them); each Renew Authorization sends
     * ten days more, oldest first, until none is queued.
     */
    private void drainQueue() {
        for (int i = 0; i < 20 && ok(api.get(USAGE)).getInt("queued") > 0; i++) {
            ok(licensing.action("renew-authorization"));
        }
        assertEquals(0, ok(api.get(USAGE)).getInt("queued"), "the backlog went in order");
        assertEquals("OUT_OF_COMPLIANCE", licensing.status().getString("authorizationStatus"),
                "every window of the 90 days was over the entitlement");
    }

    private JsonObject report(Instant inWindow, String entitlement) {
        Instant start = Instant.ofEpochSecond(inWindow.getEpochSecond() / 900 * 900);
        JsonArray all = reports(start, start.plusSeconds(900));
        return all.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("entitlement").equals(entitlement))
                .findFirst().orElseThrow(() -> new AssertionError("no " + entitlement + " report for " + start + ": " + all));
    }

    private JsonArray reports(Instant from, Instant to) {
        ApiResponse r = api.get(REPORTS + "?from=" + Instant.ofEpochSecond(from.getEpochSecond() / 900 * 900) + "&to=" + to);
        assertEquals(200, r.status(), r::toString);
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private static List<JsonObject> standard(JsonArray reports) {
        return reports.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("entitlement").equals("STANDARD_AGENT")).toList();
    }

    private JsonObject summaryLine(String entitlement) {
        JsonObject summary = ok(api.get(USAGE));
        return summary.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("entitlement").equals(entitlement)).findFirst().orElseThrow();
    }

    private Instant now() {
        return Instant.parse(ok(api.get(Licensing.CLOCK)).getString("now"));
    }

    /** Moves the clock to one minute past the next quarter hour, so every step stays inside one window. */
    private void alignToQuarterHour() {
        Instant now = now();
        long next = (now.getEpochSecond() / 900 + 1) * 900 + 60;
        licensing.advanceClock("PT" + (next - now.getEpochSecond()) + "S");
    }

    private static void assertNoEnforcement(JsonObject s) {
        assertNull(s.containsKey("enforcement") && s.get("enforcement") != JsonValue.NULL ? s.get("enforcement") : null, s::toString);
    }
}
