package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.ccadmin.it.Deployments;
import org.ccadmin.it.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The license authority's console as a newcomer uses it: a smart account, its DEFAULT virtual account, a
 * token to copy, purchased licenses (with the problems shown beside the fields first).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorityConsoleUiIT {

    @Deployment(testable = false)
    static WebArchive authority() {
        return Deployments.authority();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aNewcomerMakesAnAccountATokenAndAPurchase() throws Exception {
        String account = "Acme " + Unique.suffix();
        try (Browser browser = new Browser()) {
            browser.open(base.getProtocol() + "://admin:" + System.getProperty("admin.password") + "@" + base.getHost() + ":"
                    + base.getPort() + base.getPath());
            browser.type("create:name", account);
            browser.click("create:createAccount");
            browser.waitForText("list", "DEFAULT");
            browser.click(By.linkText("DEFAULT"));
            browser.waitForText("tokens", "Product instance registration tokens");

            browser.type("tokens:description", "Lab servers");
            browser.click("tokens:createToken");
            String token = browser.visible("tokenText").getText().strip();
            assertEquals(64, token.length(), token);
            assertTrue(browser.text("tokens:tokenList").contains("Lab servers"));

            browser.click("purchases:addPurchase");
            browser.waitForText("purchases", "quantity is required.");
            String problems = browser.text("purchases");
            assertTrue(problems.contains("termStart is required."), problems);
            assertTrue(problems.contains("termEnd is required."), problems);

            browser.type("purchases:quantity_input", "120");
            browser.type("purchases:termStart", "2026-01-01");
            browser.type("purchases:termEnd", "2030-12-31");
            browser.click("purchases:addPurchase");
            browser.waitForText("purchases:purchaseList", "Standard Agent");
            assertTrue(browser.text("purchases:purchaseList").contains("2030-12-31"));
            browser.screenshot("authority-virtual-account");
        }
    }
}
