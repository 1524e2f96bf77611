package org.ccadmin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.ccadmin.it.sso.LoopbackIdentityProvider;
import org.ccadmin.it.sso.Sso;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A supervisor's console session ends at its next request, not at the inactivity timeout, when the supervisor
 * flag is cleared, its sign-in is disabled or the SSO state no longer lets it use its password; the sign-in page
 * then says why. The local administrator's session goes on. The sign-in form shows the SSO state's reason for a
 * correct password it refuses (the API's HTTP Basic too), and only the generic message for a wrong password or an
 * unknown name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleSessionCheckIT {

    private static final String PASSWORD = "Checked-supervisor-1";
    private static final String GENERIC = "Sign-in failed: the user name or password is wrong";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private TestData data;
    private Sso sso;
    private LoopbackIdentityProvider idp;
    private String boss;
    private JsonObject lead;

    @BeforeEach
    void setUp() throws Exception {
        api = Api.asAdmin(base);
        data = new TestData(api);
        sso = new Sso(api);
        idp = new LoopbackIdentityProvider();
        boss = Unique.name("lead");
        lead = data.agent(boss, "supervisor", true, "password", PASSWORD);
    }

    @AfterEach
    void tearDown() {
        sso.reset();
        data.deleteAll();
        idp.close();
    }

    @Test
    void clearingTheSupervisorFlagEndsTheSessionAtItsNextRequest() {
        ConsoleSession session = signedIn();
        change("supervisor", false);
        assertEnded(session, "is no longer a supervisor");
    }

    @Test
    void disablingSignInEndsTheSessionAtItsNextRequest() {
        ConsoleSession session = signedIn();
        change("loginEnabled", false);
        assertEnded(session, "Sign-in of agent " + boss + " has been disabled");
    }

    @Test
    void switchingToSsoEndsAPasswordSessionAndTheFormSaysWhyWhileTheAdministratorGoesOn() {
        ConsoleSession session = signedIn();
        ConsoleSession administrator = ConsoleSession.signIn(base, Api.ADMIN, Deployments.required("admin.password"));
        sso.configure(idp);
        sso.state("HYBRID");
        assertEquals(200, session.get("index.xhtml").status(), "HYBRID still lets a non-SSO supervisor use its password");

        sso.state("SSO");
        String reason = "Single sign-on is on for everyone (state SSO): agent " + boss + " must sign in through the identity provider.";
        assertEnded(session, reason);
        assertEquals(200, administrator.get("index.xhtml").status(), "the local administrator's session goes on");

        String refused = ConsoleSession.refusedSignIn(base, boss, PASSWORD).body();
        assertTrue(refused.contains(reason), "the form gives the state's reason for a correct password: " + refused);
        assertFalse(refused.contains(GENERIC), refused);
        String wrong = ConsoleSession.refusedSignIn(base, boss, "Wrong-password-1").body();
        assertTrue(wrong.contains(GENERIC) && !wrong.contains("state SSO"), "a wrong password tells nothing more: " + wrong);
        String unknown = ConsoleSession.refusedSignIn(base, Unique.name("nobody"), PASSWORD).body();
        assertTrue(unknown.contains(GENERIC) && !unknown.contains("state SSO"), "an unknown name tells nothing more: " + unknown);
        ConsoleSession.signIn(base, Api.ADMIN, Deployments.required("admin.password"));

        ApiResponse basic = Api.as(base, boss, PASSWORD).get(TestData.AGENTS);
        assertEquals(401, basic.status(), basic::toString);
        assertEquals(reason, basic.json().getString("detail"), "the API's HTTP Basic gives the same reason");
        ApiResponse wrongBasic = Api.as(base, boss, "Wrong-password-1").get(TestData.AGENTS);
        assertEquals(401, wrongBasic.status(), wrongBasic::toString);
        assertFalse(wrongBasic.json().getString("detail").contains("state SSO"), wrongBasic::toString);
    }

    private ConsoleSession signedIn() {
        ConsoleSession session = ConsoleSession.signIn(base, boss, PASSWORD);
        ConsoleSession.Page page = session.get("index.xhtml");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains(boss), "signed in as the supervisor");
        return session;
    }

    private void change(String field, boolean value) {
        JsonObject now = api.get(TestData.item(TestData.AGENTS, lead)).json();
        ApiResponse r = api.put(TestData.item(TestData.AGENTS, lead), JsonBody.of(field, value,
                "changeStamp", now.getJsonNumber("changeStamp").longValue()));
        assertEquals(200, r.status(), r::toString);
    }

    private static void assertEnded(ConsoleSession session, String reason) {
        ConsoleSession.Page next = session.get("index.xhtml");
        assertEquals(302, next.status(), next::toString);
        assertTrue(next.location().contains("login.xhtml"), next::toString);
        ConsoleSession.Page login = session.get("login.xhtml");
        assertTrue(login.body().contains(reason) && login.body().contains("Your session has ended."),
                "the sign-in page says why: " + login.body());
        assertEquals(302, session.get("index.xhtml").status(), "the session stays ended");
    }
}
