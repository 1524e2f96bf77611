package org.ccadmin.it.ui;

import static org.ccadmin.it.licensing.Licensing.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.ccadmin.it.Api;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.licensing.Licensing;
import org.ccadmin.it.notifications.Notifications;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Notifications in a real browser, with the state changed by another API client while the page stays open
 * (no reload): the licensing banner appears and disappears live, the Non-Production banner too, Learn More
 * opens the License Compliance report with its timeline, and a system alert turns from red to green on the
 * Inventory page and in the Alerts button.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsConsoleUiIT extends BesideTheAuthority {

    private static final By BANNER = By.id("complianceBanner");
    private static final By NON_PRODUCTION = By.id("nonProductionBanner");
    private static final By SERIAL_RED = alert("SERIAL_NUMBER_NOT_GENERATED", "red");
    private static final By SERIAL_GREEN = alert("SERIAL_NUMBER_NOT_GENERATED", "green");

    private Browser browser;
    private Notifications notifications;
    private Licensing licensing;
    private WebDriverWait live;

    @BeforeEach
    void setUp() throws Exception {
        notifications = new Notifications(Api.asAdmin(base), authorityBase);
        licensing = notifications.licensing();
        licensing.reset();
        browser = new Browser();
        browser.signInAsAdministrator(base.toString());
        // A pushed re-render replaces the elements a condition looks at: look again rather than fail.
        live = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        live.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        licensing.reset();
    }

    @Test
    void theBannerAppearsAndDisappearsLiveAndAnAlertTurnsFromRedToGreen() throws Exception {
        notifications.register();
        openListening(base + "call-settings/media-routing-domains.xhtml");
        live.until(ExpectedConditions.invisibilityOfElementLocated(BANNER));
        browser.screenshot("50-registered-no-banner");

        // --- another client deregisters: Evaluation, or Enforcement once the run moved past the evaluation
        ok(licensing.action("deregister"));
        JsonObject status = licensing.status();
        live.until(ExpectedConditions.visibilityOfElementLocated(BANNER));
        if (status.containsKey("enforcement")) {
            assertBanner("Enforcement", "adding agents is refused");
        } else {
            assertBanner("Evaluation", "evaluation period until");
            browser.screenshot("51a-evaluation-banner-live");
            // the evaluation ends while the page is open: the banner turns into Enforcement by itself
            Instant now = Instant.parse(status.getString("at"));
            Instant ends = Instant.parse(status.getString("evaluationEndsAt"));
            licensing.advanceClock("PT" + (Duration.between(now, ends).toSeconds() + 60) + "S");
            live.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complianceBannerLevel"), "Enforcement"));
            assertBanner("Enforcement", "adding agents is refused");
        }
        browser.screenshot("51-enforcement-banner-live");
        live.until(ExpectedConditions.presenceOfElementLocated(SERIAL_RED));
        live.until(ExpectedConditions.attributeContains(By.id("alertsForm:alertsButton"), "class", "alerts-red"));
        browser.click("alertsForm:alertsButton");
        browser.visible("alertsForm:alertsPanel");
        browser.screenshot("52-alerts-button-red");

        // --- Non-Production usage mode, chosen elsewhere, announces itself and goes away again
        ok(licensing.settings("UNIFIED_CCE_2000_AGENTS", "PERPETUAL", "NON_PRODUCTION"));
        live.until(ExpectedConditions.textToBePresentInElementLocated(NON_PRODUCTION, "You are using a Non-Production System"));
        browser.screenshot("53-non-production-banner-live");
        ok(licensing.settings("UNIFIED_CCE_2000_AGENTS", "FLEX", "PRODUCTION"));
        live.until(ExpectedConditions.invisibilityOfElementLocated(NON_PRODUCTION));

        // --- Learn More: the License Compliance report
        browser.click("learnMore");
        browser.waitForText("overall", "Enforcement");
        browser.waitForText("instances", "Unregistered");
        browser.waitForText("instances", "Evaluation expiry");
        browser.screenshot("54-license-compliance-report");

        // --- the Inventory: this machine is red (no serial number) and turns green when another client registers
        openListening(base + "infrastructure/inventory.xhtml");
        live.until(ExpectedConditions.presenceOfElementLocated(SERIAL_RED));
        browser.screenshot("55-inventory-red");
        notifications.register();
        live.until(ExpectedConditions.presenceOfElementLocated(SERIAL_GREEN));
        live.until(ExpectedConditions.invisibilityOfElementLocated(BANNER));
        live.until(ExpectedConditions.attributeContains(By.id("alertsForm:alertsButton"), "class", "alerts-green"));
        live.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.machine[data-state='green']")));
        browser.screenshot("56-inventory-green-live");

        // --- the timeline of the registered instance
        browser.open(base + "infrastructure/license-compliance.xhtml");
        browser.waitForText("timeline", "Authorization renewal due");
        browser.waitForText("timeline", "Registration expires");
        browser.waitForText("timeline", "Enforcement starts (Authorization expiry)");
        browser.waitForText("overall", "In compliance");
        browser.screenshot("57-license-compliance-timeline");
    }

    @Test
    void theMailSettingsKeepThePasswordWithoutShowingItAndTheTestMessageArrives() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
        try {
            smtp.setUser("admin@example.com", "ccadmin", "smtp-Secret-2");
            browser.open(base + "infrastructure/notifications.xhtml");
            browser.click(By.cssSelector("#mailForm\\:enabled .ui-toggleswitch-slider"));
            browser.type("mailForm:host", "127.0.0.1");
            browser.type("mailForm:port", String.valueOf(port));
            browser.type("mailForm:username", "ccadmin");
            browser.type("mailForm:password", "smtp-Secret-2");
            browser.type("mailForm:from", "ccadmin@example.com");
            browser.type("mailForm:to", "admin@example.com");
            browser.click("mailForm:save");
            browser.waitForText("mailForm", "A password is saved");
            assertEquals("", browser.find("mailForm:password").getAttribute("value"), "never shown again");
            browser.click("mailForm:test");
            browser.waitForText("mailForm:formMessages", "Test message sent to admin@example.com");
            browser.screenshot("58-mail-settings-test-sent");
            assertEquals("ccadmin test message", org.ccadmin.it.notifications.Notifications.await(
                    () -> java.util.Optional.ofNullable(smtp.getReceivedMessages().length > 0 ? smtp.getReceivedMessages()[0] : null),
                    "the test message").getSubject());
        } finally {
            ok(Api.asAdmin(base).put("api/v1/mail-settings", org.ccadmin.it.JsonBody.of("enabled", false, "changeStamp",
                    ok(Api.asAdmin(base).get("api/v1/mail-settings")).getJsonNumber("changeStamp").longValue())));
            smtp.stop();
        }
    }

    /** Opens a page and waits until its websocket is open, so that a push from now on reaches it. */
    private void openListening(String url) {
        browser.open(url);
        live.until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-push")));
    }

    /** The banner says this; waited for, because a push may re-render it while it is read. */
    private void assertBanner(String level, String says) {
        live.until(ExpectedConditions.textToBe(By.id("complianceBannerLevel"), level));
        live.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complianceBannerText"), says));
        live.until(ExpectedConditions.textToBe(By.id("learnMore"), "Learn More"));
    }

    private static By alert(String alert, String state) {
        return By.cssSelector("li.alert-item[data-alert='" + alert + "'][data-state='" + state + "']");
    }
}
