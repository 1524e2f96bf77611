package org.ccadmin.it.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ccadmin.licensing.compliance.UsageWindows;
import org.ccadmin.licensing.protocol.UsageReportRequest.Peak;
import org.ccadmin.licensing.protocol.UsageReportRequest.Window;
import org.ccadmin.it.Deployments;
import org.ccadmin.it.ApiResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console's pages render for the administrator and show what the API made (HTTP level; no browser). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorityConsoleIT {

    @Deployment(testable = false)
    static WebArchive authority() {
        return Deployments.authority();
    }

    @ArquillianResource
    private URL base;

    @Test
    void thePagesShowAccountsTokensPurchasesAndInstances() {
        Authority authority = new Authority(base);
        JsonObject virtual = authority.virtualAccount();
        long id = Authority.id(virtual);
        authority.purchase(id, "PREMIUM_AGENT", "FLEX", "PRODUCTION");
        authority.token(id, "{\"description\":\"Console check\"}");

        ApiResponse index = page(authority, "index.xhtml");
        assertTrue(index.body().contains(virtual.getString("smartAccount")), index.body());
        ApiResponse account = page(authority, "account.xhtml?id=" + virtual.getJsonNumber("smartAccountId").longValue());
        assertTrue(account.body().contains("DEFAULT"), account.body());
        ApiResponse detail = page(authority, "virtual-account.xhtml?id=" + id);
        assertTrue(detail.body().contains("Console check"), detail.body());
        assertTrue(detail.body().contains("Premium Agent"), "labels, not enum codes: " + detail.body());
        assertTrue(detail.body().contains("Product instances"), detail.body());
    }

    @Test
    void theVirtualAccountPageShowsThePoolsComplianceInWords() {
        Authority authority = new Authority(base);
        long id = Authority.id(authority.virtualAccount());
        authority.purchase(id, "PREMIUM_AGENT", "FLEX", "PRODUCTION", 100);
        ProductInstance product = new ProductInstance(authority.anonymous);
        product.registered(authority.tokenText(id), "FLEX", "PRODUCTION", List.of("PREMIUM_AGENT"));
        Instant first = UsageWindows.lastClosedStart(Instant.now()).minus(UsageWindows.LENGTH.multipliedBy(10));
        Window[] windows = new Window[5];
        for (int i = 0; i < 5; i++) {
            windows[i] = Window.of(first.plus(UsageWindows.LENGTH.multipliedBy(i)), List.of(new Peak("PREMIUM_AGENT", 130)));
        }
        Instant since = product.reported(windows).verdicts().get(4).entitlements().get(0).outOfComplianceSince();

        String page = page(authority, "virtual-account.xhtml?id=" + id).body();
        String usage = page.substring(page.indexOf("id=\"usage\""), page.indexOf("id=\"instances\""));
        assertTrue(usage.contains("License usage and compliance"), usage);
        assertTrue(usage.contains("Premium Agent"), usage);
        assertTrue(usage.contains("Flex · Production"), usage);
        assertTrue(usage.contains("Out of compliance"), usage);
        assertTrue(usage.contains("5 of 5"), usage);
        assertTrue(usage.contains(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC)
                .format(since)), "out of compliance since, as a date: " + usage);
        assertTrue(usage.contains(">130<"), "the locked usage: " + usage);
        assertFalse(usage.contains("OUT_OF_COMPLIANCE<") || usage.contains("PREMIUM_AGENT"), "no codes: " + usage);
    }

    private static ApiResponse page(Authority authority, String path) {
        ApiResponse r = authority.admin.request("GET", path).header("Accept", "text/html").send();
        assertEquals(200, r.status(), r.toString());
        return r;
    }
}
