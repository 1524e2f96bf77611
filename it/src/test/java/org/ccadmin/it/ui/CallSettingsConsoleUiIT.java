package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.util.UUID;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.Deployments;
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

/**
 * An administrator works with Call Settings in a real browser (Debian's headless Chromium): signs in, creates
 * a media routing domain, sees a validation message beside the field, corrects it, edits the domain, and
 * meets the clear message when someone else changed it first. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallSettingsConsoleUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    private void signIn() throws Exception {
        browser.open(base + "index.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "a signed-out visitor lands on the sign-in page");
        browser.type("loginForm:userName", Api.ADMIN);
        browser.type("loginForm:password", System.getProperty("admin.password"));
        browser.screenshot("01-sign-in");
        browser.click("loginForm:signIn");
        assertFalse(browser.driver().getCurrentUrl().contains("login.xhtml"), "signed in");
    }

    @Test
    void wrongPasswordKeepsTheVisitorOnTheSignInPageWithAMessage() throws Exception {
        browser.open(base + "login.xhtml");
        browser.type("loginForm:userName", Api.ADMIN);
        browser.type("loginForm:password", "not-the-password");
        browser.click("loginForm:signIn");
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
        assertTrue(browser.text("loginForm:messages").contains("Sign-in failed"), browser.text("loginForm:messages"));
        browser.screenshot("00-sign-in-failed");
    }

    @Test
    void administratorCreatesEditsAndMeetsAConcurrentChange() throws Exception {
        signIn();
        browser.screenshot("02-overview");
        browser.open(base + "call-settings/media-routing-domains.xhtml");
        assertTrue(browser.text("mrdList:mrdTable").contains("Cisco_Voice"), "the built-in voice domain is listed");

        String name = "Chat_" + UUID.randomUUID().toString().substring(0, 8);
        browser.click("mrdList:new");
        browser.visible("mrdDialog");
        browser.type("mrdForm:name", name);
        browser.type("mrdForm:taskLife", "0");
        browser.click("mrdForm:save");
        browser.waitForText("mrdForm:taskLifeMessage", "1 to 28800");
        assertTrue(browser.text("mrdForm:taskLifeMessage").startsWith("Task life (seconds) must be"),
                "beside the field the message names the field by its label: " + browser.text("mrdForm:taskLifeMessage"));
        assertTrue(browser.find("mrdDialog").isDisplayed(), "the dialog stays open with what was typed");
        assertEquals(name, browser.find("mrdForm:name").getAttribute("value"), "nothing typed is lost");
        browser.screenshot("03-validation-beside-field");

        browser.type("mrdForm:taskLife", "600");
        browser.click("mrdForm:save");
        browser.waitUntilHidden("mrdDialog");
        browser.waitForText("mrdList:mrdTable", name);
        browser.screenshot("04-created");

        Api api = Api.asAdmin(base);
        JsonObject created = find(api, name);
        assertEquals(600, created.getInt("taskLife"), "the console saved through the same rules as the API");

        openEditor(name);
        browser.type("mrdForm:description", "Web chat");
        browser.click("mrdForm:save");
        browser.waitUntilHidden("mrdDialog");
        browser.waitForText("mrdList:mrdTable", "Web chat");
        browser.screenshot("05-edited");

        // Someone else changes the same domain while this administrator has it open.
        openEditor(name);
        JsonObject current = find(api, name);
        ApiResponse other = api.put("api/v1/media-routing-domains/" + current.getJsonNumber("id").longValue(),
                "{\"description\":\"Changed by someone else\",\"changeStamp\":" + current.getJsonNumber("changeStamp").longValue() + "}");
        assertEquals(200, other.status(), other.toString());
        browser.type("mrdForm:maxTasksInQueue", "500");
        browser.click("mrdForm:save");
        browser.waitForText("mrdForm:formMessages", "Someone else changed this media routing domain");
        assertTrue(browser.find("mrdDialog").isDisplayed(), "the dialog stays open so the administrator sees why");
        browser.screenshot("06-concurrent-change");
        assertEquals(10000, find(api, name).getInt("maxTasksInQueue"), "the stale edit did not overwrite the other change");
    }

    @Test
    void administratorCreatesABucketIntervalAndSeesTheBoundRuleBesideTheField() throws Exception {
        signIn();
        browser.open(base + "call-settings/bucket-intervals.xhtml");
        String name = "Sla_" + UUID.randomUUID().toString().substring(0, 8);
        browser.click("biList:new");
        browser.visible("biDialog");
        browser.type("biForm:name", name);
        browser.type("biForm:upperBound1", "30");
        browser.type("biForm:upperBound2", "20");
        browser.click("biForm:save");
        browser.waitForText("biForm:upperBound2Message", "must be greater than");
        assertTrue(browser.text("biForm:upperBound2Message").contains("greater than upperBound1"),
                browser.text("biForm:upperBound2Message"));
        browser.screenshot("07-bucket-bounds-beside-field");
        browser.type("biForm:upperBound2", "60");
        browser.type("biForm:upperBound3", "120");
        browser.click("biForm:save");
        browser.waitUntilHidden("biDialog");
        browser.waitForText("biList:biTable", "30, 60, 120");
        browser.screenshot("08-bucket-created");
    }

    private void openEditor(String name) {
        browser.click(By.xpath("//tbody[@id='mrdList:mrdTable_data']/tr[td[contains(normalize-space(.), '" + name
                + "')]]//button[contains(@id, ':edit')]"));
        browser.visible("mrdDialog");
    }

    private static JsonObject find(Api api, String name) {
        ApiResponse list = api.get("api/v1/media-routing-domains?q=" + name);
        JsonObject page = Json.createReader(new StringReader(list.body())).readObject();
        assertEquals(1, page.getInt("total"), list.body());
        return page.getJsonArray("items").getJsonObject(0);
    }
}
