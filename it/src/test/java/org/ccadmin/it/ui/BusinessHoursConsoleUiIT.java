package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // Add interval proposes a row that overlaps none (the first day without hours), not another Monday 09:00-17:00.
        browser.click("hourForm:tabs:addRegular");
        browser.waitForText("hourForm:tabs:regularTable:5:day_label", "Saturday");
        assertEquals("09:00", browser.attribute(By.id("hourForm:tabs:regularTable:5:start"), "value"));
        assertEquals("17:00", browser.attribute(By.id("hourForm:tabs:regularTable:5:end"), "value"));
        browser.click(By.xpath("//a[normalize-space(.)='Special Hours & Holidays']"));
        browser.click("hourForm:tabs:addSpecial");
        browser.click("hourForm:save");
        // A row's problem names the column by the label the page shows, not the API's field name.
        browser.waitForText("hourForm:tabs:specialMessages", "Special days, row 1, status reason is required.");
        assertFalse(browser.text("hourForm:tabs:specialMessages").contains("statusReasonCode"), browser.text("hourForm:tabs:specialMessages"));
        browser.click("hourForm:tabs:specialTable:0:remove");
        browser.click(By.xpath("//a[normalize-space(.)='Regular Hours']"));
        browser.waitForText("hourForm:tabs:regularMessages", "Regular hours, row 1, end:");
        assertTrue(browser.text("hourForm:tabs:regularMessages").contains("'25:00' is not a time of day"), browser.text("hourForm:tabs:regularMessages"));
        assertFalse(browser.text("hourForm:tabs:regularMessages").contains("overlaps"), "the added row overlaps nothing: "
                + browser.text("hourForm:tabs:regularMessages"));
        assertEquals(name, browser.find("hourForm:tabs:name").getAttribute("value"), "nothing typed is lost");
        browser.screenshot("business-hour-01-bad-time");

        browser.replace("hourForm:tabs:regularTable:0:end", "17:00");
        browser.click("hourForm:save");
        browser.waitForText("growl_container", "Business hour " + name + " created.");
        var created = api.get("api/v1/business-hours?q=" + name).json().getJsonArray("items").getJsonObject(0);
        String location = "api/v1/business-hours/" + created.getJsonNumber("id").longValue();
        data.track(location);
        var saved = api.get(location).json();
        assertEquals(6, saved.getJsonArray("regularHours").size(), "Monday to Friday and the added Saturday, saved through the same rules as the API");
        assertTrue(saved.getJsonArray("specialDays").isEmpty(), "the removed special day is not saved");
        assertEquals("UTC", saved.getString("timeZone"));

        browser.click(By.xpath("//a[normalize-space(.)='Effective Hours']"));
        browser.replace("hourForm:tabs:weekFrom", "2026-12-07");
        browser.click("hourForm:tabs:showWeek");
        browser.waitForText("hourForm:tabs:weekTable:0:hours", "09:00–17:00");
        browser.waitForText("hourForm:tabs:weekTable:5:hours", "09:00–17:00");
        browser.waitForText("hourForm:tabs:weekTable:6:hours", "Closed");
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
        int code = freeReasonCode();
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

    @Test
    void anAdministratorEditsSpecialDaysSeesThemInTheMonthAndImportsAFile() throws Exception {
        int code = freeReasonCode();
        ApiResponse reason = data.track(api.post("api/v1/status-reasons", JsonBody.of("code", code, "text", "Thanksgiving closure")));
        assertEquals(201, reason.status(), reason::toString);
        String name = Unique.name("Cal");
        ApiResponse created = data.track(api.post("api/v1/business-hours", JsonBody.of("name", name, "timeZone", "America/New_York", "type", "CUSTOM",
                "regularHours", List.of(JsonBody.object("day", "MONDAY", "start", "09:00", "end", "17:00"),
                        JsonBody.object("day", "THURSDAY", "start", "09:00", "end", "17:00")))));
        assertEquals(201, created.status(), created::toString);
        String location = created.location().substring(created.location().indexOf("api/v1/"));

        browser.signInAsAdministrator(base.toString());
        browser.open(base + "organization/business-hour.xhtml?id=" + created.json().getJsonNumber("id").longValue());
        browser.click(By.xpath("//a[normalize-space(.)='Special Hours & Holidays']"));
        // An open special day with two intervals, a holiday on the 4th Thursday of November, and one to delete later.
        browser.click("hourForm:tabs:addSpecial");
        browser.replace("hourForm:tabs:specialTable:0:date", "2026-12-24");
        browser.select("hourForm:tabs:specialTable:0:status", "Open");
        browser.type("hourForm:tabs:specialTable:0:hours", "09:00-12:00;13:00-15:00");
        browser.type("hourForm:tabs:specialTable:0:description", "Christmas Eve");
        browser.select("hourForm:tabs:specialTable:0:reason", code + " Thanksgiving closure");
        browser.click("hourForm:tabs:addSpecial");
        browser.replace("hourForm:tabs:specialTable:1:date", "2026-11-26");
        browser.select("hourForm:tabs:specialTable:1:repeat", "Every year on this weekday of the month");
        browser.type("hourForm:tabs:specialTable:1:description", "Thanksgiving");
        browser.select("hourForm:tabs:specialTable:1:reason", code + " Thanksgiving closure");
        browser.click("hourForm:tabs:addSpecial");
        browser.replace("hourForm:tabs:specialTable:2:date", "2026-12-31");
        browser.type("hourForm:tabs:specialTable:2:description", "New Year's Eve");
        browser.select("hourForm:tabs:specialTable:2:reason", code + " Thanksgiving closure");
        browser.click("hourForm:save");
        browser.waitForText("growl_container", "Business hour " + name + " saved.");
        browser.screenshot("business-hour-special-01-added");
        JsonArray special = api.get(location).json().getJsonArray("specialDays");
        assertEquals(3, special.size(), special::toString);
        assertTrue(special.toString().contains("every 4th Thursday of November"), special::toString);

        // Change the open day's second interval, delete the third day.
        browser.replace("hourForm:tabs:specialTable:0:hours", "09:00-12:00;13:00-16:00");
        browser.click("hourForm:tabs:specialTable:2:remove");
        browser.click("hourForm:save");
        browser.waitForText("growl_container", "Business hour " + name + " saved.");
        special = api.get(location).json().getJsonArray("specialDays");
        assertEquals(2, special.size(), special::toString);
        assertTrue(special.toString().contains("\"end\":\"16:00\"") && !special.toString().contains("2026-12-31"), special::toString);

        // The month calendar: the holiday with its reason, the clock change of 1 November (25 hours), then December.
        browser.click(By.xpath("//a[normalize-space(.)='Effective Hours']"));
        browser.replace("hourForm:tabs:month", "2026-11");
        browser.click("hourForm:tabs:showMonth");
        browser.waitForText("hourForm:tabs:monthTitle", "November 2026");
        assertTrue(day("2026-11-26").contains("Holiday") && day("2026-11-26").contains(code + " Thanksgiving closure"), day("2026-11-26"));
        assertTrue(day("2026-11-19").contains("09:00–17:00") && day("2026-11-19").contains("Regular hours"), day("2026-11-19"));
        assertTrue(day("2026-11-01").contains("25 h"), day("2026-11-01"));
        assertTrue(cell("2026-11-01").getAttribute("class").contains("day-dst"));
        browser.screenshot("business-hour-special-02-november");
        browser.click("hourForm:tabs:nextMonth");
        browser.waitForText("hourForm:tabs:monthTitle", "December 2026");
        assertTrue(day("2026-12-24").contains("09:00–12:00") && day("2026-12-24").contains("13:00–16:00") && day("2026-12-24").contains("Special day"),
                day("2026-12-24"));
        assertTrue(day("2026-12-31").contains("09:00–17:00"), "the deleted special day no longer decides: " + day("2026-12-31"));
        browser.screenshot("business-hour-special-03-december");
        browser.replace("hourForm:tabs:month", "2027-11");
        browser.click("hourForm:tabs:showMonth");
        browser.waitForText("hourForm:tabs:monthTitle", "November 2027");
        assertTrue(day("2027-11-25").contains("Holiday"), "the 4th Thursday of the next November too: " + day("2027-11-25"));

        // A file with a bad line is refused, naming the line, and nothing is applied; then a good one is merged.
        Path bad = Files.createTempFile("special-days-bad", ".csv");
        Files.writeString(bad, "date,repeat,status,hours,description,statusReasonCode\n"
                + "2026-07-03,NONE,CLOSED,,Independence Day observed," + code + "\n"
                + "25/12/2026,YEARLY,CLOSED,,Christmas," + code + "\n");
        browser.find("filesForm:file_input").sendKeys(bad.toString());
        browser.click("filesForm:import");
        browser.waitForText("filesForm:problems", "Line 3");
        assertTrue(browser.text("filesForm:problems").contains("25/12/2026"), browser.text("filesForm:problems"));
        assertEquals(special, api.get(location).json().getJsonArray("specialDays"), "nothing applied");
        browser.screenshot("business-hour-special-04-bad-file");

        Path good = Files.createTempFile("special-days-good", ".csv");
        Files.writeString(good, "date,repeat,status,hours,description,statusReasonCode\n"
                + "2026-07-03,NONE,CLOSED,,Independence Day observed," + code + "\n");
        browser.find("filesForm:file_input").sendKeys(good.toString());
        browser.click("filesForm:import");
        browser.waitForText("growl_container", "the business hour has 3 special day(s) now");
        assertEquals(3, api.get(location).json().getJsonArray("specialDays").size(), "merged: the two kept, one added");
        browser.click(By.xpath("//a[normalize-space(.)='Special Hours & Holidays']"));
        assertEquals(1, browser.driver().findElements(By.xpath("//tbody[@id='hourForm:tabs:specialTable_data']//input[@value='2026-07-03']")).size(),
                "the table shows the imported day");
        browser.screenshot("business-hour-special-05-imported");

        // Round trip through iCalendar on the page: the exported calendar imported with Replace keeps every special day.
        JsonArray before = api.get(location).json().getJsonArray("specialDays");
        ApiResponse ics = api.request("GET", location + "/special-days.ics").header("Accept", "text/calendar").send();
        assertEquals(200, ics.status(), ics::toString);
        Path calendar = Files.createTempFile("special-days", ".ics");
        Files.writeString(calendar, ics.body());
        browser.click(By.xpath("//label[@for='filesForm:mode:1']"));
        browser.find("filesForm:file_input").sendKeys(calendar.toString());
        browser.click("filesForm:import");
        browser.waitForText("growl_container", "Imported " + calendar.getFileName());
        assertEquals(before, api.get(location).json().getJsonArray("specialDays"), "the round trip keeps every special day");
        browser.screenshot("business-hour-special-06-icalendar");
    }

    @Test
    void anAdministratorForcesSeveralSelectedBusinessHoursAtOnceAndAStaleOneRefusesAll() throws Exception {
        int code = freeReasonCode();
        assertEquals(201, data.track(api.post("api/v1/status-reasons", JsonBody.of("code", code, "text", "Fire drill"))).status());
        String prefix = Unique.name("Multi");
        List<JsonObject> hours = new java.util.ArrayList<>();
        for (String suffix : List.of("A", "B")) {
            ApiResponse r = data.track(api.post("api/v1/business-hours", JsonBody.of("name", prefix + suffix, "timeZone", "UTC",
                    "type", "TWENTY_FOUR_SEVEN")));
            assertEquals(201, r.status(), r::toString);
            hours.add(r.json());
        }

        browser.signInAsAdministrator(base.toString());
        browser.open(base + "organization/business-hours.xhtml");
        browser.type("bhList:q", prefix);
        browser.waitForText("bhList:bhTable", prefix + "B");
        selectRows(2);
        browser.waitForText("bhList:selectionCount", "2 selected");
        browser.click("bhList:setStatus");
        browser.visible("statusDialog");
        browser.select("statusForm:status", "Force close");
        browser.click("statusForm:apply");
        browser.waitForText("statusForm:statusReasonCodeMessage", "is required when the status is forced");
        browser.screenshot("business-hours-bulk-01-reason-required");
        // A system reason that says "open" does not close them; the message names the field by its label.
        browser.select("statusForm:statusReasonCode", "1 Open as per regular hours");
        browser.click("statusForm:apply");
        browser.waitForText("statusForm:statusReasonCodeMessage", "means open; a business hour forced closed needs a reason that means closed");
        assertFalse(browser.text("statusForm:statusReasonCodeMessage").contains("statusReasonCode"), browser.text("statusForm:statusReasonCodeMessage"));
        browser.select("statusForm:statusReasonCode", code + " Fire drill");
        browser.click("statusForm:apply");
        browser.waitUntilHidden("statusDialog");
        browser.waitForText("bhList:bulkResult", prefix + "A: now Force close");
        assertTrue(browser.text("bhList:bulkResult").contains(prefix + "B: now Force close"), browser.text("bhList:bulkResult"));
        for (JsonObject h : hours) {
            JsonObject now = api.get(TestData.item("api/v1/business-hours", h)).json();
            assertEquals("FORCE_CLOSE", now.getString("status"));
            assertEquals(code, now.getJsonObject("runtimeStatus").getInt("reasonCode"));
        }
        browser.waitForText("bhList:bhTable:0:now", "Closed");
        browser.screenshot("business-hours-bulk-02-forced");

        // Selected, then changed by someone else before the change is applied: nothing changes, and it is named.
        selectRows(2);
        browser.click("bhList:setStatus");
        browser.visible("statusDialog");
        JsonObject b = api.get(TestData.item("api/v1/business-hours", hours.get(1))).json();
        assertEquals(200, api.put(TestData.item("api/v1/business-hours", hours.get(1)), JsonBody.of("description", "changed meanwhile",
                "changeStamp", b.getJsonNumber("changeStamp").longValue())).status());
        browser.waitForText("bhList:bhTable", "changed meanwhile"); // the list follows another's change live
        browser.select("statusForm:status", "As per calendar");
        browser.click("statusForm:apply");
        browser.waitForText("statusForm:formMessages", prefix + "B was changed by someone else");
        assertTrue(browser.text("bhList:bulkResult").contains("Nothing was changed"), browser.text("bhList:bulkResult"));
        assertEquals("FORCE_CLOSE", api.get(TestData.item("api/v1/business-hours", hours.get(0))).json().getString("status"), "all or none");
        browser.screenshot("business-hours-bulk-03-stale");
        browser.click("statusForm:cancel");
        browser.waitUntilHidden("statusDialog");

        // One schedule for both: a bad time is named by its row and nothing typed is lost; then it applies to both.
        browser.open(base + "organization/business-hours.xhtml");
        browser.type("bhList:q", prefix);
        browser.waitForText("bhList:bhTable", prefix + "B");
        selectRows(2);
        browser.click("bhList:setSchedule");
        browser.visible("scheduleDialog");
        browser.select("scheduleForm:type", "Custom");
        browser.replace("scheduleForm:regularTable:1:end", "25:00");
        browser.click("scheduleForm:apply");
        browser.waitForText("scheduleForm:regularMessages", "Regular hours, row 2, end:");
        assertEquals("25:00", browser.find("scheduleForm:regularTable:1:end").getAttribute("value"), "nothing typed is lost");
        browser.screenshot("business-hours-bulk-04-schedule-bad-time");
        browser.replace("scheduleForm:regularTable:1:end", "18:00");
        browser.click("scheduleForm:apply");
        browser.waitUntilHidden("scheduleDialog");
        browser.waitForText("bhList:bulkResult", prefix + "B: now Force close, Custom, UTC");
        for (JsonObject h : hours) {
            JsonObject now = api.get(TestData.item("api/v1/business-hours", h)).json();
            assertEquals("CUSTOM", now.getString("type"));
            assertEquals(5, now.getJsonArray("regularHours").size());
            assertEquals("18:00", now.getJsonArray("regularHours").getJsonObject(1).getString("end"), now::toString);
        }
        browser.screenshot("business-hours-bulk-05-schedule");
    }

    /**
     * Checks the first {@code rows} rows' selection boxes of the business hour list, each until the selection bar
     * counts it: a push re-rendering the table (the business hours just created) can land between a click and its
     * request and take the click's box with it, as it would for a person, who then clicks again.
     */
    private void selectRows(int rows) {
        for (int i = 1; i <= rows; i++) {
            By box = By.xpath("//tbody[@id='bhList:bhTable_data']/tr[" + i + "]//div[contains(@class,'ui-chkbox-box')]");
            for (int attempt = 0; ; attempt++) {
                if (!browser.attribute(box, "class").contains("ui-state-active")) {
                    browser.click(box);
                }
                try {
                    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(
                            org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("bhList:selectionCount"), (i) + " selected"));
                    break;
                } catch (org.openqa.selenium.TimeoutException e) {
                    if (attempt == 2) {
                        browser.keepPage("failed-select-rows");
                        throw e;
                    }
                }
            }
        }
    }

    private org.openqa.selenium.WebElement cell(String date) {
        return browser.driver().findElement(By.xpath("//table[@id='monthGrid']//td[@data-date='" + date + "']"));
    }

    private String day(String date) {
        return cell(date).getText();
    }

    private int freeReasonCode() {
        return 1001 + (int) (System.nanoTime() % 60000);
    }
}
