package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.BulkJobs;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.TestData;
import org.ccadmin.it.Unique;
import org.ccadmin.it.sso.LoopbackIdentityProvider;
import org.ccadmin.it.sso.Sso;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Features › Single Sign-On in Chromium against a real OpenID Connect provider on loopback: the administrator
 * configures the provider, tests it and switches to HYBRID; a non-SSO supervisor signs in to the console with
 * its password and sees only its team's agents; a supervisor migrated to SSO by the SSO-migration bulk job signs
 * in through the provider's own login page, lands in the console as supervisor and sees only its team's agents,
 * then signs out (at the provider too); a non-SSO agent's password still signs it in; in SSO an agent's password
 * no longer does, the console's sign-in form refuses the non-SSO supervisor's password saying why, while the
 * local administrator still gets in with the password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnConsoleUiIT extends BesideTheAuthority {

    private static final String PASSWORD = "agent-Password-1";

    private LoopbackIdentityProvider idp;
    private Browser browser;
    private Api api;
    private Sso sso;
    private TestData data;

    @BeforeEach
    void setUp() throws Exception {
        idp = new LoopbackIdentityProvider();
        api = Api.asAdmin(base);
        // Earlier classes may leave the product instance in Enforcement, which blocks adding agents.
        new org.ccadmin.it.licensing.Licensing(api).admitAgents(authorityBase);
        sso = new Sso(api);
        data = new TestData(api);
        browser = new Browser();
    }

    @AfterEach
    void tearDown() {
        browser.close();
        sso.reset();
        data.deleteAll();
        idp.close();
    }

    @Test
    void hybridThenSsoWithASupervisorSigningInThroughTheProvider() throws Exception {
        // The supervisor starts as a non-SSO agent; the SSO-migration job renames it and turns SSO on.
        String old = Unique.name("supold");
        String supervisor = Unique.name("sup") + "@example.com";
        JsonObject ssoLead = data.agent(old, "supervisor", true, "password", PASSWORD);
        String plain = data.agent(Unique.name("plain"), "password", PASSWORD).getString("userName");
        // Two teams, each with its own supervisor and agent: each supervisor must see only its own.
        String passwordBoss = Unique.name("pwlead");
        JsonObject passwordLead = data.agent(passwordBoss, "supervisor", true, "password", PASSWORD);
        String ssoMember = Unique.name("ssomember");
        String passwordMember = Unique.name("pwmember");
        data.agentTeam(Unique.name("SsoTeam"), "memberIds", List.of(id(data.agent(ssoMember))), "supervisorIds", List.of(id(ssoLead)));
        data.agentTeam(Unique.name("PwTeam"), "memberIds", List.of(id(data.agent(passwordMember))),
                "supervisorIds", List.of(id(passwordLead)));
        BulkJobs bulk = new BulkJobs(api);
        String template = bulk.download(BulkJobs.BULK_JOBS + "/templates/ssomigration").body();
        assertTrue(template.contains(old + ","), "the template lists the agent not yet SSO-enabled: " + template);
        JsonObject job = bulk.awaitEnd(bulk.submit("ssomigration", BulkJobs.SSO_HEADER + "\n" + old + ",,," + supervisor + "\n", false),
                Duration.ofMinutes(2));
        assertEquals("succeeded", job.getString("state"), job::toString);
        assertTrue(!bulk.download(BulkJobs.BULK_JOBS + "/templates/ssomigration").body().contains(supervisor),
                "a migrated agent leaves the template");

        browser.signInAsAdministrator(base.toString());
        browser.open(base + "features/single-sign-on.xhtml");
        browser.type("idpForm:issuer", idp.issuer());
        browser.type("idpForm:clientId", LoopbackIdentityProvider.CLIENT_ID);
        browser.type("idpForm:clientSecret", LoopbackIdentityProvider.CLIENT_SECRET);
        browser.click("idpForm:save");
        browser.waitForText("idpForm", "A client secret is saved");
        assertTrue(browser.find("idpForm:clientSecret").getAttribute("value").isEmpty(), "the secret is never shown again");
        browser.click("idpForm:test");
        browser.waitForText("idpForm", "passed the test");
        String checks = browser.text("idpForm:checkTable");
        assertTrue(checks.contains("Discovery document") && checks.contains("Signing keys") && checks.contains("Transport (https)"), checks);
        assertTrue(!checks.contains("???"), "every check has its label: " + checks);
        assertTrue(!checks.contains("Failed"), checks);
        browser.click(By.xpath("//label[@for='stateForm:state:1']"));
        browser.click("stateForm:saveState");
        browser.waitForText("stateForm", "Hybrid");
        assertEquals("HYBRID", api.get(Sso.STATE).json().getString("state"));
        browser.screenshot("sso-settings-hybrid");

        // HYBRID: the supervisor without SSO signs in to the console with its password and sees only its team.
        browser.click("signOutForm:signOut");
        browser.signIn(base.toString(), passwordBoss, PASSWORD);
        browser.waitForText("currentUser", passwordBoss);
        assertSeesOnly(passwordMember, ssoMember);
        browser.screenshot("sso-hybrid-password-supervisor");

        // The SSO-enabled supervisor: through the provider's own login page into the console.
        browser.click("signOutForm:signOut");
        browser.click("ssoSignIn");
        browser.driver().findElement(By.name("username")).sendKeys(supervisor);
        browser.driver().findElement(By.name("claims")).sendKeys("{\"preferred_username\": \"" + supervisor + "\"}");
        browser.screenshot("sso-provider-login");
        browser.click(By.cssSelector("input[type=submit]"));
        browser.waitForText("currentUser", supervisor);
        assertTrue(browser.driver().findElements(By.id("navSingleSignOn")).isEmpty(), "a supervisor has no SSO settings");
        browser.screenshot("sso-supervisor-signed-in");
        assertSeesOnly(ssoMember, passwordMember);
        browser.open(base + "features/single-sign-on.xhtml");
        assertTrue(browser.driver().getPageSource().contains("403") || browser.driver().getPageSource().toLowerCase().contains("forbidden")
                || browser.driver().getPageSource().contains("not allowed"), "the settings page is the administrators'");
        browser.open(base + "index.xhtml");
        browser.click("signOutForm:signOut");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.urlContains("login.xhtml?signedOut=true"));

        // HYBRID: the agent without SSO still signs in with its password.
        assertEquals(200, signIn(plain, "password", PASSWORD).status());
        signOut(plain);

        // SSO: agents' passwords stop; the local administrator still gets in with the password.
        sso.state("SSO");
        ApiResponse refused = signIn(plain, "password", PASSWORD);
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("signIn.credentialsRequired", refused.code());
        browser.signIn(base.toString(), passwordBoss, PASSWORD);
        browser.waitForText("loginForm:messages", "must sign in through the identity provider");
        String said = browser.text("loginForm:messages");
        assertTrue(said.contains("state SSO") && said.contains(passwordBoss) && !said.contains("Sign-in failed"), said);
        browser.screenshot("sso-state-sso-password-refused");
        browser.signInAsAdministrator(base.toString());
        browser.waitForText("currentUser", Api.ADMIN);
        browser.open(base + "features/single-sign-on.xhtml");
        assertEquals("true", browser.find("stateForm:state:2").getAttribute("checked") == null ? "false" : "true",
                "the page shows SSO");
        browser.screenshot("sso-state-sso-admin");
    }

    /** The agents page of the signed-in supervisor lists {@code own} and not {@code foreign}. */
    private void assertSeesOnly(String own, String foreign) {
        browser.open(base + "user-setup/agents.xhtml");
        browser.waitForText("agentList:agentTable", own);
        String listed = browser.text("agentList:agentTable");
        assertTrue(!listed.contains(foreign), "an agent of another team is not listed: " + listed);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private ApiResponse signIn(String agent, String field, String credential) {
        return sso.agentSignIn(agent, field, credential);
    }

    private void signOut(String agent) {
        sso.agentSignOut(agent);
    }
}
