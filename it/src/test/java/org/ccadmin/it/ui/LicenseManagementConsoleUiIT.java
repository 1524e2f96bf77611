package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.ccadmin.it.Api;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.JsonBody;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.HasAuthentication;
import org.openqa.selenium.UsernameAndPassword;

/**
 * License Management part 1 in a real browser, as the "done when" describes: in the license authority's
 * console a newcomer creates a smart account, a second virtual account and a token for each; in ccadmin's console
 * they set license type and transport, register, see the status panel filled, renew, reregister into the other
 * virtual account and deregister. Purchases are made through the authority's API (a few fields each), so the
 * registration ends Authorized rather than Unauthorized.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicenseManagementConsoleUiIT extends BesideTheAuthority {

    private Browser browser;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser();
        // The authority's console signs in with HTTP Basic: the browser answers the challenge itself.
        ((HasAuthentication) browser.driver()).register(UsernameAndPassword.of(Api.ADMIN, System.getProperty("admin.password")));
        browser.signInAsAdministrator(base.toString());
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void administratorRegistersRenewsReregistersAndDeregistersInTheConsole() throws Exception {
        String account = "Acme " + tag;
        // --- the license authority's console: a smart account, a second virtual account, a token in each
        browser.open(authorityBase + "index.xhtml");
        browser.type("create:name", account);
        browser.click("create:createAccount");
        // creating the account opens its page, with the DEFAULT virtual account made with it
        browser.waitForText("list:virtualAccounts", "DEFAULT");
        String accountPage = browser.driver().getCurrentUrl();
        browser.type("create:name", "East");
        browser.click("create:createVirtualAccount");
        // creating a virtual account opens its page
        browser.waitForText("tokens", "Product instance registration tokens");
        String eastToken = createToken();
        buyFlexProduction(virtualAccountId());
        browser.open(accountPage);
        browser.waitForText("list:virtualAccounts", "East");
        browser.screenshot("40-authority-account");
        browser.click(By.linkText("DEFAULT"));
        String defaultToken = createToken();
        buyFlexProduction(virtualAccountId());
        browser.screenshot("41-authority-token");

        // --- ccadmin: License Management
        browser.open(base + "index.xhtml");
        browser.click("licenseManagementLink");
        browser.screenshot("42-license-management");
        if (!browser.text("statusTable").contains("Unregistered")) {
            // an earlier test class of this run left the product registered
            deregister();
        }
        browser.click("lmStatus:editSettings");
        browser.visible("settingsDialog");
        browser.choose("settingsForm:licenseType", "Flex");
        browser.choose("settingsForm:usageMode", "Production");
        browser.click("settingsForm:save");
        browser.waitForText("licenseTypeShown", "Flex · Production");

        String transportBefore = browser.text("transportShown");
        browser.click("lmStatus:editTransport");
        browser.visible("transportDialog");
        // A refused CA certificate saves nothing, not even the new mode and URL typed beside it.
        browser.choose("transportForm:mode", "Transport Gateway");
        browser.type("transportForm:gatewayUrl", "https://gateway.example.com/authority");
        browser.type("transportForm:caCertificate", "not a certificate");
        browser.click("transportForm:save");
        browser.waitForText("transportForm:caCertificateMessage", "PEM");
        browser.screenshot("43a-refused-ca-certificate");
        assertEquals(transportBefore, browser.text("transportShown"), "nothing was saved");
        browser.type("transportForm:caCertificate", "");
        browser.choose("transportForm:mode", "Direct");
        browser.click("transportForm:save");
        browser.waitForText("transportShown", "Direct");
        browser.screenshot("43-settings-and-transport");

        browser.click("lmStatus:register");
        browser.visible("tokenDialog");
        browser.type("tokenForm:token", defaultToken);
        browser.click("tokenForm:submit");
        browser.waitForText("registrationStatus", "Registered");
        assertTrue(statusCell("authorizationStatus").startsWith("Authorized ("), browser.text("statusTable"));
        assertEquals(account, statusCell("smartAccount"));
        assertEquals("DEFAULT", statusCell("virtualAccount"));
        assertEquals("Allowed", statusCell("exportControlled"));
        assertFalse(statusCell("serialNumber").isBlank() || statusCell("serialNumber").equals("\u2014"), "serial number shown");
        browser.screenshot("44-registered");

        browser.click("lmStatus:renewAuthorization");
        browser.waitForText("growl_container", "Authorization renewed");
        browser.click("lmStatus:renewRegistration");
        browser.waitForText("growl_container", "Registration renewed");

        browser.click("lmStatus:reregister");
        browser.visible("tokenDialog");
        browser.type("tokenForm:token", eastToken);
        browser.click("tokenForm:submit");
        browser.waitForText("virtualAccount", "East");
        assertTrue(statusCell("registrationStatus").startsWith("Registered"), statusCell("registrationStatus"));
        browser.screenshot("45-reregistered-east");

        deregister();
        assertEquals("\u2014", statusCell("smartAccount"), "accounts are empty once unregistered");
        browser.waitForText("lmStatus:log", "Exchange");
        browser.screenshot("46-deregistered");
    }

    private void deregister() {
        browser.click("lmStatus:deregister");
        browser.click("confirmForm:confirmYes");
        browser.waitForText("registrationStatus", "Unregistered");
    }

    /** Creates a token on the open virtual account page and returns its text, shown only this once. */
    private String createToken() {
        browser.type("tokens:description", "Browser test " + tag);
        browser.click("tokens:createToken");
        browser.visible("tokenText");
        String token = browser.text("tokenText").strip();
        assertEquals(64, token.length(), "a token is 64 characters: " + token);
        return token;
    }

    /** The id of the virtual account whose page is open ({@code virtual-account.xhtml?id=…}). */
    private long virtualAccountId() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private void buyFlexProduction(long virtualAccountId) {
        Api authority = Api.asAdmin(authorityBase);
        for (String entitlement : new String[] {"STANDARD_AGENT", "PREMIUM_AGENT", "DIALER_PORTS", "SERVER_LICENSE"}) {
            ApiResponse created = authority.post("api/v1/virtual-accounts/" + virtualAccountId + "/purchases", JsonBody.of(
                    "entitlement", entitlement, "licenseType", "FLEX", "usageMode", "PRODUCTION", "quantity", 100,
                    "termStart", "2020-01-01", "termEnd", "2099-12-31"));
            assertEquals(201, created.status(), created::toString);
        }
    }

    private String statusCell(String id) {
        return browser.driver().findElement(By.id(id)).getText().strip();
    }
}
