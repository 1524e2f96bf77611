package org.ccadmin.it.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
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
        assertTrue(detail.body().contains("PREMIUM_AGENT"), detail.body());
        assertTrue(detail.body().contains("Product instances"), detail.body());
    }

    private static ApiResponse page(Authority authority, String path) {
        ApiResponse r = authority.admin.request("GET", path).header("Accept", "text/html").send();
        assertEquals(200, r.status(), r.toString());
        return r;
    }
}
