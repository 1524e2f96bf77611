package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.JsonBody;
import org.ccadmin.it.TestData;
import org.ccadmin.it.Unique;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The License Consumption report with a simulated week of usage: each day a different number of agents signs
 * in for eight hours against 10 Standard Agent licenses, so the pool goes Out-of-Compliance on the fifth day.
 * The API's windows carry exactly those peaks and the authority's verdicts, the CSV the same rows, and the
 * console renders the chart, the summary and the windows; the what-if answers from the state the week left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicenseConsumptionConsoleUiIT extends BesideTheAuthority {

    private static final String LICENSING = "api/v1/licensing";
    private static final String REPORTS = "api/v1/licensing/usage-reports";
    private static final int[] DAILY = {4, 6, 8, 10, 12, 14, 16};

    private Api api;
    private final List<String> agents = new ArrayList<>();
    private final List<String> signedIn = new ArrayList<>();
    private int events;
    /** A sign-in authenticates the agent (single sign-on is off: with its password). */
    private static final String AGENT_PASSWORD = "agent-Password-1";

    @Test
    void aSimulatedWeekRendersInTheReportItsChartAndItsCsv() throws Exception {
        api = Api.asAdmin(base);
        registerWithTenStandardAgents();
        TestData data = new TestData(api);
        for (int i = 0; i < 16; i++) {
            agents.add(data.agent(Unique.name("week" + i), "password", AGENT_PASSWORD).getString("userName"));
        }
        Instant start = alignToDay();
        for (int day = 0; day < DAILY.length; day++) {
            usage(DAILY[day]);
            advance("PT8H");
            usage(0);
            advance("PT16H");
        }

        // --- the API: one window per quarter hour, the peaks as driven, the authority's verdicts
        JsonArray rows = reports(start, start.plus(Duration.ofDays(7)));
        List<JsonObject> standard = rows.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("entitlement").equals("STANDARD_AGENT")).toList();
        assertEquals(7 * 96, standard.size(), "one Standard Agent row per window of the week");
        for (int day = 0; day < DAILY.length; day++) {
            assertEquals(DAILY[day], standard.get(day * 96 + 10).getInt("actualPeak"), "day " + day + " busy");
            assertEquals(0, standard.get(day * 96 + 40).getInt("actualPeak"), "day " + day + " quiet");
        }
        JsonObject fifthOverage = standard.get(4 * 96 + 4);
        assertEquals("OUT_OF_COMPLIANCE", fifthOverage.getString("status"), fifthOverage::toString);
        assertEquals(12, fifthOverage.getInt("reportedUsage"), "locked at the highest usage seen");
        assertEquals(10, fifthOverage.getInt("entitled"));
        JsonObject lastDay = standard.get(6 * 96 + 10);
        assertEquals(16, lastDay.getInt("reportedUsage"), lastDay::toString);
        assertEquals(16, standard.get(6 * 96 + 40).getInt("reportedUsage"), "locked even while usage is 0");

        // --- the CSV: the same rows, a header first
        ApiResponse csv = api.request("GET", REPORTS + "?from=" + start + "&to=" + start.plus(Duration.ofDays(7)))
                .header("Accept", "text/csv").send();
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\r\n");
        assertEquals(rows.size() + 1, lines.length);
        assertTrue(lines[0].startsWith("windowStart,windowEnd,entitlement,licenseName,actualPeak"), lines[0]);
        assertTrue(csv.body().contains(",STANDARD_AGENT,Standard Agent,16,16,10,Out-of-Compliance,"), "a locked row");

        // --- the what-if: buying 10 more while usage falls to 8 ends Out-of-Compliance at the next report
        ApiResponse whatIf = api.post(LICENSING + "/what-if", JsonBody.of("lines", List.of(
                JsonBody.object("entitlement", "STANDARD_AGENT", "usage", 8, "entitled", 20))));
        assertEquals(200, whatIf.status(), whatIf::toString);
        String changes = whatIf.json().getJsonArray("changes").toString();
        assertTrue(changes.contains("Standard Agent: back in compliance"), changes);

        // --- the console
        Browser browser = new Browser();
        try {
            browser.signInAsAdministrator(base.toString());
            browser.open(base + "infrastructure/license-consumption.xhtml");
            browser.waitForText("consumptionForm:summary", "Standard Agent");
            LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
            browser.replace("consumptionForm:from_input", first.toString());
            browser.replace("consumptionForm:to_input", first.plusDays(6).toString());
            // The date picker's calendar may still be open over the button (on a loaded machine its opening
            // animation can end after the Tab that should close it): close both pickers through their widgets, then
            // press Show through its click handler, which an overlay cannot take.
            browser.closeDatePicker("consumptionForm:from");
            browser.closeDatePicker("consumptionForm:to");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
                    browser.find("consumptionForm:show"));
            browser.waitForText("consumptionForm:summary", "672");
            String summary = browser.text("consumptionForm:summary");
            assertTrue(summary.contains("Standard Agent") && summary.contains("16"), summary);
            assertFalse(browser.driver().findElements(By.cssSelector("[id='consumptionForm:chart'] canvas")).isEmpty(),
                    "the chart is drawn");
            assertTrue(browser.text("consumptionForm:windows").contains("Out-of-Compliance") || browser.text("consumptionForm:windows").contains("In Compliance"),
                    browser.text("consumptionForm:windows"));
            browser.screenshot("60-license-consumption-week");

            browser.type("whatIfForm:whatIfLines:0:usage_input", "30");
            browser.click("whatIfForm:project");
            browser.waitForText("whatIfForm:changes", "locked at 30");
            browser.screenshot("61-license-consumption-what-if");
        } finally {
            browser.close();
        }
    }

    private void registerWithTenStandardAgents() {
        JsonObject status = ok(api.get(LICENSING));
        if (!"UNREGISTERED".equals(status.getString("registrationStatus"))) {
            ok(api.post(LICENSING + "/deregister", "{}"));
        }
        ok(api.put(LICENSING + "/transport", JsonBody.of("mode", "DIRECT", "changeStamp", stamp())));
        ok(api.put(LICENSING + "/settings", JsonBody.of("deploymentType", "UNIFIED_CCE_2000_AGENTS", "licenseType", "FLEX",
                "usageMode", "PRODUCTION", "changeStamp", stamp())));
        Api authority = Api.asAdmin(authorityBase);
        ApiResponse account = authority.post("api/v1/smart-accounts", JsonBody.of("name", "Week Corp " + Unique.suffix()));
        assertEquals(201, account.status(), account::toString);
        long smart = account.json().getJsonNumber("id").longValue();
        JsonObject va = readArray(authority.get("api/v1/smart-accounts/" + smart + "/virtual-accounts")).getJsonObject(0);
        long vaId = va.getJsonNumber("id").longValue();
        for (Map.Entry<String, Integer> p : Map.of("STANDARD_AGENT", 10, "PREMIUM_AGENT", 10, "DIALER_PORTS", 10,
                "SERVER_LICENSE", 10).entrySet()) {
            ApiResponse bought = authority.post("api/v1/virtual-accounts/" + vaId + "/purchases", JsonBody.of(
                    "entitlement", p.getKey(), "licenseType", "FLEX", "usageMode", "PRODUCTION", "quantity", p.getValue(),
                    "termStart", "2020-01-01", "termEnd", "2099-12-31"));
            assertEquals(201, bought.status(), bought::toString);
        }
        ApiResponse token = authority.post("api/v1/virtual-accounts/" + vaId + "/tokens",
                JsonBody.of("description", "consumption report IT", "expiresAfterDays", 365, "maxUses", 1));
        assertEquals(201, token.status(), token::toString);
        ok(api.post(LICENSING + "/register", JsonBody.of("token", token.json().getString("token"))));
    }

    private long stamp() {
        return ok(api.get(LICENSING)).getJsonNumber("changeStamp").longValue();
    }

    /** Moves the simulated clock to one minute past the next UTC midnight: day d's windows are then 96·d onwards. */
    private Instant alignToDay() {
        Instant now = Instant.parse(ok(api.get("api/v1/simulated-clock")).getString("now"));
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        advance("PT" + Duration.between(now, midnight.plusSeconds(60)).getSeconds() + "S");
        return midnight;
    }

    private void advance(String by) {
        ok(api.post("api/v1/simulated-clock", JsonBody.of("advanceBy", by)));
    }

    private void usage(int n) {
        while (signedIn.size() < n) {
            String agent = agents.get(signedIn.size());
            ok(api.post("api/v1/agent-sessions", JsonBody.of("eventId", "week-" + Unique.suffix() + "-" + events++,
                    "type", "SIGN_IN", "agent", agent, "mediaRoutingDomain", "1", "password", AGENT_PASSWORD)));
            signedIn.add(agent);
        }
        while (signedIn.size() > n) {
            String agent = signedIn.remove(signedIn.size() - 1);
            ok(api.post("api/v1/agent-sessions", JsonBody.of("eventId", "week-" + Unique.suffix() + "-" + events++,
                    "type", "SIGN_OUT", "agent", agent)));
        }
    }

    private JsonArray reports(Instant from, Instant to) {
        return readArray(api.get(REPORTS + "?from=" + from + "&to=" + to));
    }

    private static JsonArray readArray(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }
}
