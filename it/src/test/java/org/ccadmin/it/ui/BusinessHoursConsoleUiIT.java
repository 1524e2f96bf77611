package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.Deployments;
import org.ccadmin.it.JsonBody;
import org.ccadmin.it.TestData;
import org.ccadmin.it.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The business hour list shows each business hour's status now and changes it by itself, without a reload,
 * when a boundary of the schedule passes (the scheduled timer, in real time: an interval of one minute opens and
 * closes). Also: a business hour built, viewed and copied on its page, and a status reason added. The clock is
 * not moved here: the license authority's clock would not follow it, and later classes exchange signed messages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BusinessHoursConsoleUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Browser browser;
    private Api api;
    private TestData data;

    @BeforeEach
    void start() throws Exception {
        api = Api.asAdmin(base);
        data = new TestData(api);
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
        data.deleteAll();
    }

    @Test
    void anAdministratorBuildsABusinessHourInTheConsoleSeesItsWeekAndCopiesIt() throws Exception {
        browser.signInAsAdministrator(base.toString());
        browser.open(base + "organization/business-hours.xhtml");
        browser.click("bhList:new");
        String name = Unique.name("Desk");
        browser.type("hourForm:tabs:name", name);
        browser.click(By.xpath("//a[normalize-space(.)='Regular Hours']"));
        browser.replace("hourForm:tabs:regularTable:0:end", "25:00");
        browser.click("hourForm:save");
        browser.waitForText("hourForm:tabs:regularMessages", "Regular hours, row 1, end:");
        assertTrue(browser.text("hourForm:tabs:regularMessages").contains("'25:00' is not a time of day"), browser.text("hourForm:tabs:regularMessages"));
        assertEquals(name, browser.find("hourForm:tabs:name").getAttribute("value"), "nothing typed is lost");
        browser.screenshot("business-hour-01-bad-time");

        browser.replace("hourForm:tabs:regularTable:0:end", "17:00");
        browser.click("hourForm:save");
        browser.waitForText("growl_container", "Business hour " + name + " created.");
        var created = api.get("api/v1/business-hours?q=" + name).json().getJsonArray("items").getJsonObject(0);
        String location = "api/v1/business-hours/" + created.getJsonNumber("id").longValue();
        data.track(location);
        var saved = api.get(location).json();
        assertEquals(5, saved.getJsonArray("regularHours").size(), "Monday to Friday, saved through the same rules as the API");
        assertEquals("UTC", saved.getString("timeZone"));

        browser.click(By.xpath("//a[normalize-space(.)='Effective Hours']"));
        browser.replace("hourForm:tabs:weekFrom", "2026-12-07");
        browser.click("hourForm:tabs:showWeek");
        browser.waitForText("hourForm:tabs:weekTable:0:hours", "09:00–17:00");
        browser.waitForText("hourForm:tabs:weekTable:5:hours", "Closed");
        browser.screenshot("business-hour-02-week");

        String copyName = Unique.name("DeskCopy");
        browser.type("hourForm:copyName", copyName);
        browser.click("hourForm:copy");
        browser.waitForText("growl_container", "copied as " + copyName);
        var copy = api.get("api/v1/business-hours?q=" + copyName).json().getJsonArray("items").getJsonObject(0);
        data.track("api/v1/business-hours/" + copy.getJsonNumber("id").longValue());
        assertEquals(saved.getJsonArray("regularHours"), api.get("api/v1/business-hours/" + copy.getJsonNumber("id").longValue()).json()
                .getJsonArray("regularHours"));
        browser.screenshot("business-hour-03-copied");
    }

    @Test
    void anAdministratorAddsAStatusReasonAndSeesTheCodeRuleBesideTheField() throws Exception {
        browser.signInAsAdministrator(base.toString());
        browser.click(By.xpath("//a[.//span[normalize-space(.)='Status Reasons']]"));
        browser.waitForText("srList:srTable", "Open as per regular hours");
        browser.click("srList:new");
        browser.visible("srDialog");
        browser.type("srForm:code", "999");
        browser.type("srForm:text", "Fire drill");
        browser.click("srForm:save");
        browser.waitForText("srForm:codeMessage", "1 to 1000 are reserved");
        assertEquals("Fire drill", browser.find("srForm:text").getAttribute("value"), "nothing typed is lost");
        browser.screenshot("status-reasons-01-reserved-code");
        int code = 1001 + (int) (System.nanoTime() % 60000);
        browser.replace("srForm:code", Integer.toString(code));
        browser.click("srForm:save");
        browser.waitUntilHidden("srDialog");
        browser.type("srList:q", "Fire drill");
        browser.waitForText("srList:srTable", Integer.toString(code));
        browser.screenshot("status-reasons-02-created");
        var created = api.get("api/v1/status-reasons?q=Fire%20drill").json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(r -> r.getInt("code") == code).findFirst().orElseThrow();
        data.track("api/v1/status-reasons/" + created.getJsonNumber("id").longValue());
        assertEquals("User-defined", created.getString("category"), "saved through the same rules as the API");
    }

    @Test
    void theStatusChangesOnThePageAtEachBoundaryWithoutAReload() throws Exception {
        // Opens at the next whole minute at least 30 s away (server time, which tests may have moved), for one minute.
        Instant now = Instant.parse(api.get("api/v1/simulated-clock").json().getString("now"));
        ZonedDateTime opens = now.plusSeconds(30).atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        String name = Unique.name("Live");
        ApiResponse created = data.track(api.post("api/v1/business-hours", JsonBody.of("name", name, "timeZone", "UTC", "type", "CUSTOM",
                "regularHours", List.of(JsonBody.object("day", opens.getDayOfWeek().name(),
                        "start", opens.toLocalTime().toString(), "end", opens.plusMinutes(1).toLocalTime().toString())))));
        assertEquals(201, created.status(), created::toString);

        browser.signInAsAdministrator(base.toString());
        browser.click(By.xpath("//a[.//span[normalize-space(.)='Business Hours']]"));
        assertTrue(browser.driver().getCurrentUrl().contains("organization/business-hours.xhtml"));
        browser.type("bhList:q", name);
        browser.waitForText("bhList:bhTable", name);
        browser.waitForText("bhList:bhTable:0:now", "Closed");
        browser.waitForText("bhList:bhTable:0:reason", "Closed as per regular hours");
        browser.screenshot("business-hours-01-closed");
        ((JavascriptExecutor) browser.driver()).executeScript("window.ccadminMarker = 42;");

        // The boundary passes in real time: the scheduled timer announces it and the page follows.
        browser.waitForText("bhList:bhTable:0:now", "Open", Duration.ofSeconds(150));
        browser.waitForText("bhList:bhTable:0:reason", "Open as per regular hours");
        browser.screenshot("business-hours-02-opened");

        // A minute later it closes: the page follows again.
        browser.waitForText("bhList:bhTable:0:now", "Closed", Duration.ofSeconds(150));
        browser.screenshot("business-hours-03-closed-again");
        assertEquals(42L, ((JavascriptExecutor) browser.driver()).executeScript("return window.ccadminMarker;"), "never reloaded");
    }
}
