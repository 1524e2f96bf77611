package org.ccadmin.it.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.Deployments;
import org.ccadmin.licensing.compliance.UsageWindows;
import org.ccadmin.licensing.protocol.Authorization;
import org.ccadmin.licensing.protocol.Authorized;
import org.ccadmin.licensing.protocol.Envelope;
import org.ccadmin.licensing.protocol.MessageType;
import org.ccadmin.licensing.protocol.ProtocolException;
import org.ccadmin.licensing.protocol.RefusedByAuthority;
import org.ccadmin.licensing.protocol.Registered;
import org.ccadmin.licensing.protocol.UsageReportRequest.Peak;
import org.ccadmin.licensing.protocol.UsageReportRequest.Window;
import org.ccadmin.licensing.protocol.UsageReported;
import org.ccadmin.licensing.protocol.UsageReported.EntitlementVerdict;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Usage reports as a product sends them: real signed {@code report-usage} messages of an instance registered
 * with a token from the admin API, against purchases made through the admin API; the verdicts answered, the
 * {@code authorize} answers that follow them, and the pool's windows as the administrator reads them. The
 * windows are closed ones of the last hours (each test has a virtual account of its own), so no clock is moved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsageReportingIT {

    private static final String PREMIUM = "PREMIUM_AGENT";
    private static final List<String> AGENTS = List.of(PREMIUM);

    @Deployment(testable = false)
    static WebArchive authority() {
        return Deployments.authority();
    }

    @ArquillianResource
    private URL base;

    private Authority authority;
    private long virtualId;
    private ProductInstance product;
    /** The first window of each test: 40 windows (ten hours) before the last closed one. */
    private Instant first;

    @BeforeEach
    void setUp() {
        authority = new Authority(base);
        virtualId = Authority.id(authority.virtualAccount());
        product = new ProductInstance(authority.anonymous);
        first = UsageWindows.lastClosedStart(Instant.now()).minus(UsageWindows.LENGTH.multipliedBy(40));
    }

    @Test
    void scenarioOneFiveOveragesPutThePoolOutOfComplianceLockedAt130UntilThirtyMoreAreBought() {
        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 100);
        register(product);

        UsageReported four = product.reported(window(0, 130), window(1, 130), window(2, 130), window(3, 130));
        assertEquals(5, four.overageThreshold());
        for (int i = 0; i < 4; i++) {
            EntitlementVerdict v = premium(four, i);
            assertEquals(Authorization.IN_COMPLIANCE, v.status(), "overage " + (i + 1) + " of 5 is not yet out of compliance");
            assertEquals(i + 1, v.overages());
            assertEquals(100, v.entitled());
            assertEquals(130, v.poolUsage());
            assertEquals(130, v.reportedUsage());
            assertNull(v.outOfComplianceSince());
        }

        EntitlementVerdict fifth = premium(product.reported(window(4, 130)), 0);
        assertEquals(Authorization.OUT_OF_COMPLIANCE, fifth.status());
        assertEquals(5, fifth.overages());
        assertEquals(end(4), fifth.outOfComplianceSince());
        assertEquals(Authorization.OUT_OF_COMPLIANCE, authorized(product));

        EntitlementVerdict dropped = premium(product.reported(window(5, 90)), 0);
        assertEquals(Authorization.OUT_OF_COMPLIANCE, dropped.status());
        assertEquals(90, dropped.poolUsage());
        assertEquals(130, dropped.reportedUsage(), "the reported usage stays locked at 130 while 90 are used");
        assertEquals(end(4), dropped.outOfComplianceSince());

        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 20);
        EntitlementVerdict notEnough = premium(product.reported(window(6, 100)), 0);
        assertEquals(Authorization.OUT_OF_COMPLIANCE, notEnough.status(), "120 licenses do not cover the locked 130");
        assertEquals(120, notEnough.entitled());
        assertEquals(130, notEnough.reportedUsage());

        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 10);
        EntitlementVerdict enough = premium(product.reported(window(7, 100)), 0);
        assertEquals(Authorization.IN_COMPLIANCE, enough.status(), "the 30 missing licenses are bought: out of compliance ends");
        assertEquals(130, enough.entitled());
        assertEquals(100, enough.reportedUsage());
        assertEquals(0, enough.overages());
        assertNull(enough.outOfComplianceSince());
        assertEquals(Authorization.IN_COMPLIANCE, authorized(product));

        JsonObject line = line(usage(""), PREMIUM);
        assertEquals(130, line.getInt("purchased"));
        assertEquals("IN_COMPLIANCE", line.getString("status"));
        assertEquals(100, line.getInt("latestPoolUsage"));
        JsonArray windows = line.getJsonArray("windows");
        assertEquals(8, windows.size());
        JsonObject locked = windows.getJsonObject(2);
        assertEquals(start(5).toString(), locked.getString("windowStart"), "newest first");
        assertEquals("OUT_OF_COMPLIANCE", locked.getString("status"));
        assertEquals(130, locked.getInt("lockedUsage"));
        assertEquals(90, locked.getInt("poolUsage"));
        assertEquals(end(4).toString(), locked.getString("outOfComplianceSince"));
        assertEquals(product.instanceId, locked.getJsonArray("instances").getJsonObject(0).getString("instanceId"));
    }

    @Test
    void scenarioTwoTwoOveragesThenComplianceMakeTheNextOverageOneOfFive() {
        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 100);
        register(product);
        UsageReported verdicts = product.reported(window(0, 120), window(1, 125), window(2, 95), window(3, 110));
        assertEquals(List.of(1, 2, 0, 1), List.of(premium(verdicts, 0).overages(), premium(verdicts, 1).overages(),
                premium(verdicts, 2).overages(), premium(verdicts, 3).overages()));
        for (int i = 0; i < 4; i++) {
            assertEquals(Authorization.IN_COMPLIANCE, premium(verdicts, i).status());
        }
        assertEquals(Authorization.IN_COMPLIANCE, authorized(product));
        JsonObject line = line(usage(""), PREMIUM);
        assertEquals(1, line.getInt("overages"));
        assertEquals(110, line.getInt("latestPoolUsage"));
    }

    @Test
    void twoInstancesOfOneVirtualAccountShareThePoolAndItsState() {
        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 100);
        ProductInstance other = new ProductInstance(authority.anonymous);
        register(product);
        register(other);

        assertEquals(60, premium(product.reported(window(0, 60)), 0).poolUsage());
        EntitlementVerdict shared = premium(other.reported(window(0, 50)), 0);
        assertEquals(110, shared.poolUsage(), "the pool usage is the sum of the instances' peaks");
        assertEquals(1, shared.overages());
        for (int i = 1; i < 5; i++) {
            product.reported(window(i, 60));
            other.reported(window(i, 50));
        }
        assertEquals(Authorization.OUT_OF_COMPLIANCE, authorized(product), "every instance of the virtual account sees the state");
        assertEquals(Authorization.OUT_OF_COMPLIANCE, authorized(other));
        EntitlementVerdict next = premium(product.reported(window(5, 10)), 0);
        assertEquals(Authorization.OUT_OF_COMPLIANCE, next.status());
        assertEquals(110, next.reportedUsage(), "locked at the pool's highest usage");

        // a product registering into the pool now is told at once
        ProductInstance third = new ProductInstance(authority.anonymous);
        Registered registered = third.registered(authority.tokenText(virtualId), "FLEX", "PRODUCTION", AGENTS);
        assertEquals(Authorization.OUT_OF_COMPLIANCE, registered.authorizations().get(0).status());
        // another license type is another line, with its own state
        assertEquals(Authorization.NOT_AUTHORIZED, status(Authorized.fromJson(product.accept(
                product.authorize("PERPETUAL", "PRODUCTION", AGENTS), MessageType.AUTHORIZED).body()).authorizations()));
    }

    @Test
    void reportsOfOnePoolArrivingTogetherAreEachCountedOnce() throws Exception {
        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 100);
        List<ProductInstance> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ProductInstance instance = new ProductInstance(authority.anonymous);
            register(instance);
            instances.add(instance);
        }
        // every instance sends the same window at once, the first one twice (a resend racing its original)
        List<ProductInstance> senders = new ArrayList<>(instances);
        senders.add(instances.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        try {
            List<Future<ProductInstance.Exchange>> sent = new ArrayList<>();
            for (ProductInstance sender : senders) {
                sent.add(pool.submit(() -> sender.reportUsage(List.of(window(0, 30)))));
            }
            for (Future<ProductInstance.Exchange> f : sent) {
                ApiResponse r = f.get(60, TimeUnit.SECONDS).response();
                assertEquals(200, r.status(), r::toString);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject window = line(usage(""), PREMIUM).getJsonArray("windows").getJsonObject(0);
        assertEquals(120, window.getInt("poolUsage"), "four instances of 30, the resend not counted: " + window);
        assertEquals(4, window.getJsonArray("instances").size());
        assertEquals(1, window.getInt("overages"));
    }

    @Test
    void aResentReportCountsNothingTwiceAndGetsItsVerdictAgain() {
        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 100);
        register(product);
        UsageReported sent = product.reported(window(0, 130), window(1, 130));

        // the answer was lost: the product sends its queue again (a new message), with one more window
        UsageReported resent = product.reported(window(0, 130), window(1, 130), window(2, 130));
        assertEquals(sent.verdicts(), resent.verdicts().subList(0, 2));
        assertEquals(3, premium(resent, 2).overages(), "only the new window counts");
        // even with other figures, a window already held keeps what was counted
        assertEquals(130, premium(product.reported(window(1, 500)), 0).poolUsage());

        JsonArray windows = line(usage(""), PREMIUM).getJsonArray("windows");
        assertEquals(3, windows.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(130, windows.getJsonObject(i).getInt("poolUsage"));
            assertEquals(1, windows.getJsonObject(i).getJsonArray("instances").size());
        }
    }

    @Test
    void aLateReportRefoldsTheWindowsAfterIt() {
        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 100);
        register(product);
        UsageReported arrived = product.reported(window(0, 130), window(1, 130), window(3, 130), window(4, 130));
        assertEquals(4, premium(arrived, 3).overages());
        assertEquals(Authorization.IN_COMPLIANCE, authorized(product));

        EntitlementVerdict late = premium(product.reported(window(2, 130)), 0);
        assertEquals(3, late.overages());
        assertEquals(Authorization.IN_COMPLIANCE, late.status());
        assertEquals(Authorization.OUT_OF_COMPLIANCE, authorized(product), "window 4 is now the fifth overage in a row");
        JsonObject newest = line(usage(""), PREMIUM).getJsonArray("windows").getJsonObject(0);
        assertEquals(start(4).toString(), newest.getString("windowStart"));
        assertEquals(5, newest.getInt("overages"));
        assertEquals(end(4).toString(), newest.getString("outOfComplianceSince"));
        // the resent window 4 is answered with what the authority decided since
        assertEquals(Authorization.OUT_OF_COMPLIANCE, premium(product.reported(window(4, 130)), 0).status());
    }

    @Test
    void aLineWithoutLicensesIsNotAuthorizedAndEveryLineOfTheReportGetsAVerdict() {
        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 100);
        register(product);
        UsageReported verdicts = product.reported(Window.of(start(0), List.of(new Peak(PREMIUM, 10), new Peak("DIALER_PORTS", 0))));
        List<EntitlementVerdict> lines = verdicts.verdicts().get(0).entitlements();
        assertEquals(List.of(PREMIUM, "DIALER_PORTS"), lines.stream().map(EntitlementVerdict::entitlement).toList());
        assertEquals(Authorization.IN_COMPLIANCE, lines.get(0).status());
        assertEquals(Authorization.NOT_AUTHORIZED, lines.get(1).status());
        assertEquals(0, lines.get(1).entitled());
        assertEquals(start(0), verdicts.verdicts().get(0).windowStart());
        assertEquals(end(0), verdicts.verdicts().get(0).windowEnd());
    }

    @Test
    void aReportListThatBreaksTheRulesIsRefusedAndNothingIsCounted() {
        authority.purchase(virtualId, PREMIUM, "FLEX", "PRODUCTION", 100);
        register(product);
        assertUsageMalformed(List.of(window(1, 130), window(0, 130)), "reports[1].windowStart must be after");
        assertUsageMalformed(List.of(new Window(start(0).plusSeconds(60), end(0).plusSeconds(60), List.of(new Peak(PREMIUM, 1)))),
                "is not on a quarter hour");
        Instant running = UsageWindows.startOf(Instant.now()).plus(UsageWindows.LENGTH);
        assertUsageMalformed(List.of(Window.of(running, List.of(new Peak(PREMIUM, 1)))), "only closed windows are reported");
        assertUsageMalformed(List.of(), "reports must hold 1 to 96 reports");
        assertUsageMalformed(List.of(Window.of(start(0), List.of(new Peak("GOLD_AGENT", 1)))),
                "reports[0].usage[0].entitlement has the unknown value 'GOLD_AGENT'.");
        // a good window before a bad one is not kept either: the request is refused as a whole
        assertUsageMalformed(List.of(window(0, 130), Window.of(start(1), List.of(new Peak(PREMIUM, -1)))), "must not be negative");
        assertFalse(line(usage(""), PREMIUM).containsKey("latestWindowStart"), "nothing was counted");
        assertEquals(1, premium(product.reported(window(0, 130)), 0).overages());
    }

    @Test
    void reportsOfAnInstanceTheAuthorityDoesNotKnowAreRefused() {
        register(product);
        ProductInstance stranger = new ProductInstance(authority.anonymous);
        stranger.instanceId = UUID.randomUUID().toString();
        stranger.authorityKey = product.authorityKey;
        ProductInstance.Exchange unknown = stranger.reportUsage(List.of(window(0, 1)));
        assertEquals(404, unknown.response().status(), unknown.response().toString());
        assertRefused(stranger, unknown, ProtocolException.INSTANCE_UNKNOWN);

        product.accept(product.deregister(), MessageType.DEREGISTERED);
        ProductInstance.Exchange gone = product.reportUsage(List.of(window(0, 1)));
        assertEquals(404, gone.response().status());
        assertRefused(product, gone, ProtocolException.INSTANCE_UNKNOWN);
    }

    @Test
    void aReplayedOrForgedReportIsRefused() {
        register(product);
        ProductInstance.Exchange sent = product.reportUsage(List.of(window(0, 1)));
        product.accept(sent, MessageType.USAGE_REPORTED);
        ProductInstance.Exchange replay = product.post("report-usage", sent.request(), sent.sent());
        assertEquals(409, replay.response().status());
        assertRefused(product, replay, ProtocolException.REPLAYED);

        ProductInstance impostor = new ProductInstance(authority.anonymous);
        impostor.instanceId = product.instanceId;
        impostor.authorityKey = product.authorityKey;
        ProductInstance.Exchange forged = impostor.reportUsage(List.of(window(1, 1)));
        assertEquals(401, forged.response().status());
        assertRefused(impostor, forged, ProtocolException.BAD_SIGNATURE);
    }

    @Test
    void thePoolsUsageIsForTheAdministratorOnlyWithAWindowCountInRange() {
        authority.purchase(virtualId, PREMIUM, "PERPETUAL", "PRODUCTION", 7);
        register(product, "PERPETUAL");
        product.reported(window(0, 1), window(1, 2), window(2, 3));
        JsonObject usage = usage("?windows=2");
        assertEquals(virtualId, usage.getJsonNumber("virtualAccountId").longValue());
        assertEquals(5, usage.getInt("overageThreshold"));
        JsonObject line = line(usage, PREMIUM);
        assertEquals("PERPETUAL", line.getString("licenseType"));
        assertEquals("PRODUCTION", line.getString("usageMode"));
        assertEquals(7, line.getInt("purchased"));
        assertEquals(2, line.getJsonArray("windows").size());
        assertEquals(3, line.getJsonArray("windows").getJsonObject(0).getInt("poolUsage"));

        for (String bad : List.of("0", "2881", "many")) {
            ApiResponse r = authority.admin.get("api/v1/virtual-accounts/" + virtualId + "/usage?windows=" + bad);
            assertEquals(400, r.status(), r::toString);
            assertEquals(List.of("windows"), r.errorFields(), r::toString);
        }
        assertEquals(401, authority.anonymous.get("api/v1/virtual-accounts/" + virtualId + "/usage").status());
        assertEquals(404, authority.admin.get("api/v1/virtual-accounts/999999999/usage").status());
    }

    private void register(ProductInstance instance) {
        register(instance, "FLEX");
    }

    private void register(ProductInstance instance, String licenseType) {
        instance.registered(authority.tokenText(virtualId), licenseType, "PRODUCTION", AGENTS);
    }

    private Instant start(int window) {
        return first.plus(UsageWindows.LENGTH.multipliedBy(window));
    }

    private Instant end(int window) {
        return UsageWindows.endOf(start(window));
    }

    private Window window(int index, int premiumPeak) {
        return Window.of(start(index), List.of(new Peak(PREMIUM, premiumPeak)));
    }

    private static EntitlementVerdict premium(UsageReported reported, int verdict) {
        return reported.verdicts().get(verdict).entitlements().stream().filter(v -> v.entitlement().equals(PREMIUM)).findFirst().orElseThrow();
    }

    private static String authorized(ProductInstance instance) {
        Envelope answer = instance.accept(instance.authorize("FLEX", "PRODUCTION", AGENTS), MessageType.AUTHORIZED);
        return status(Authorized.fromJson(answer.body()).authorizations());
    }

    private static String status(List<Authorization> authorizations) {
        return authorizations.get(0).status();
    }

    private JsonObject usage(String query) {
        ApiResponse r = authority.admin.get("api/v1/virtual-accounts/" + virtualId + "/usage" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static JsonObject line(JsonObject usage, String entitlement) {
        return usage.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("entitlement").equals(entitlement)).findFirst().orElseThrow(() -> new AssertionError(usage.toString()));
    }

    private void assertUsageMalformed(List<Window> reports, String message) {
        ProductInstance.Exchange e = product.reportUsage(reports);
        assertEquals(400, e.response().status(), e.response().toString());
        RefusedByAuthority refused = assertRefused(product, e, ProtocolException.USAGE_MALFORMED);
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    private static RefusedByAuthority assertRefused(ProductInstance instance, ProductInstance.Exchange e, String code) {
        RefusedByAuthority refused = assertThrows(RefusedByAuthority.class, () -> instance.accept(e, MessageType.USAGE_REPORTED));
        assertEquals(code, refused.code(), refused.getMessage());
        return refused;
    }
}
