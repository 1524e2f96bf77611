package org.ccadmin.licensing.protocol;

import static org.ccadmin.licensing.protocol.SignedMessageTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.licensing.protocol.UsageReportRequest.Peak;
import org.ccadmin.licensing.protocol.UsageReportRequest.Window;
import org.ccadmin.licensing.protocol.UsageReported.EntitlementVerdict;
import org.ccadmin.licensing.protocol.UsageReported.Verdict;
import org.junit.jupiter.api.Test;

class UsageMessagesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:07:00Z");
    private static final Instant LAST = Instant.parse("2026-12-03T11:45:00Z");

    private static Window window(Instant start, int premium) {
        return Window.of(start, List.of(new Peak("PREMIUM_AGENT", premium), new Peak("STANDARD_AGENT", 3)));
    }

    private static UsageReportRequest request(Window... windows) {
        return new UsageReportRequest("i-1", List.of(windows));
    }

    @Test
    void aUsageReportReadsBackWhatWasWritten() {
        UsageReportRequest sent = request(window(LAST.minusSeconds(900), 120), window(LAST, 130));
        assertEquals(sent, UsageReportRequest.fromJson(sent.toJson()));
        assertEquals("{\"instanceId\":\"i-1\",\"reports\":[{\"windowStart\":\"2026-12-03T11:45:00Z\","
                + "\"windowEnd\":\"2026-12-03T12:00:00Z\",\"usage\":[{\"entitlement\":\"PREMIUM_AGENT\",\"peak\":130},"
                + "{\"entitlement\":\"STANDARD_AGENT\",\"peak\":3}]}]}", request(window(LAST, 130)).toJson().toString());
    }

    @Test
    void verdictsReadBackWhatWasWrittenWithOrWithoutAnOutOfComplianceStart() {
        UsageReported sent = new UsageReported(5, List.of(new Verdict(LAST, LAST.plusSeconds(900), List.of(
                new EntitlementVerdict("PREMIUM_AGENT", Authorization.OUT_OF_COMPLIANCE, 100, 130, 130, 5, LAST.plusSeconds(900)),
                new EntitlementVerdict("DIALER_PORTS", Authorization.NOT_AUTHORIZED, 0, 0, 0, 0, null)))));
        assertEquals(sent, UsageReported.fromJson(sent.toJson()));
        JsonObject json = sent.toJson();
        assertEquals(5, json.getInt("overageThreshold"));
        JsonObject dialer = json.getJsonArray("verdicts").getJsonObject(0).getJsonArray("entitlements").getJsonObject(1);
        assertTrue(dialer.isNull("outOfComplianceSince"), "the field is present and null while compliant");
    }

    @Test
    void wellFormedReportsPassTheRules() {
        UsageReportRequest r = request(window(LAST.minusSeconds(1800), 1), window(LAST.minusSeconds(900), 1), window(LAST, 1));
        assertEquals(r, r.checkRules(NOW));
        // the window that closes at 12:15 may arrive when the sender's clock is up to five minutes ahead
        request(window(Instant.parse("2026-12-03T12:00:00Z"), 1)).checkRules(Instant.parse("2026-12-03T12:10:00Z"));
        Window empty = Window.of(LAST, List.of());
        request(empty).checkRules(NOW);
    }

    @Test
    void theListHoldsOneToNinetySixReports() {
        assertUsageMalformed(new UsageReportRequest("i-1", List.of()), "reports must hold 1 to 96 reports, not 0.");
        List<Window> day = new ArrayList<>();
        for (int i = 96; i >= 0; i--) {
            day.add(window(LAST.minusSeconds(900L * i), 1));
        }
        assertUsageMalformed(new UsageReportRequest("i-1", day), "reports must hold 1 to 96 reports, not 97.");
        new UsageReportRequest("i-1", day.subList(1, 97)).checkRules(NOW);
    }

    @Test
    void windowsAreQuarterHoursOfFifteenMinutes() {
        assertUsageMalformed(request(window(LAST.plusSeconds(60), 1)),
                "reports[0].windowStart 2026-12-03T11:46:00Z is not on a quarter hour (UTC).");
        assertUsageMalformed(request(new Window(LAST, LAST.plusSeconds(1800), List.of())),
                "reports[0].windowEnd must be windowStart + 15 minutes.");
    }

    @Test
    void windowsComeOldestFirstEachOnce() {
        assertUsageMalformed(request(window(LAST, 1), window(LAST.minusSeconds(900), 1)),
                "reports[1].windowStart must be after the previous report's (oldest first, each window once).");
        assertUsageMalformed(request(window(LAST, 1), window(LAST, 1)),
                "reports[1].windowStart must be after the previous report's (oldest first, each window once).");
    }

    @Test
    void aWindowStillRunningIsRefused() {
        assertUsageMalformed(request(window(LAST, 1), window(Instant.parse("2026-12-03T12:00:00Z"), 1)),
                "reports[1] ends at 2026-12-03T12:15:00Z, after the authority's now: only closed windows are reported.");
    }

    @Test
    void peaksAreNotNegativeAndEachEntitlementAppearsOnce() {
        assertUsageMalformed(request(Window.of(LAST, List.of(new Peak("PREMIUM_AGENT", -1)))),
                "reports[0].usage[0].peak must not be negative.");
        assertUsageMalformed(request(Window.of(LAST, List.of(new Peak("PREMIUM_AGENT", 1), new Peak("PREMIUM_AGENT", 2)))),
                "reports[0].usage names PREMIUM_AGENT twice.");
    }

    @Test
    void missingOrMistypedFieldsAreMalformedMessages() {
        JsonObject good = request(window(LAST, 1)).toJson();
        assertCode(ProtocolException.MALFORMED, () -> UsageReportRequest.fromJson(Json.createObjectBuilder(good).remove("reports").build()));
        JsonObject report = good.getJsonArray("reports").getJsonObject(0);
        JsonObject fractional = Json.createObjectBuilder(good).add("reports", Json.createArrayBuilder().add(
                Json.createObjectBuilder(report).add("usage", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("entitlement", "PREMIUM_AGENT").add("peak", 1.5))))).build();
        ProtocolException e = assertThrows(ProtocolException.class, () -> UsageReportRequest.fromJson(fractional));
        assertEquals(ProtocolException.MALFORMED, e.code());
        assertEquals("peak must be a whole number.", e.getMessage());
        JsonObject badStart = Json.createObjectBuilder(good).add("reports", Json.createArrayBuilder().add(
                Json.createObjectBuilder(report).add("windowStart", "yesterday"))).build();
        assertCode(ProtocolException.MALFORMED, () -> UsageReportRequest.fromJson(badStart));
        assertCode(ProtocolException.MALFORMED, () -> UsageReported.fromJson(Json.createObjectBuilder().add("verdicts",
                Json.createArrayBuilder()).build()));
    }

    @Test
    void theMessageTypesHaveTheirWireNames() {
        assertEquals(MessageType.REPORT_USAGE, MessageType.fromWire("report-usage"));
        assertEquals(MessageType.USAGE_REPORTED, MessageType.fromWire("usage-reported"));
    }

    private static void assertUsageMalformed(UsageReportRequest request, String message) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> request.checkRules(NOW));
        assertEquals(ProtocolException.USAGE_MALFORMED, e.code());
        assertEquals(message, e.getMessage());
    }
}
