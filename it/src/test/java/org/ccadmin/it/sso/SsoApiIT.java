package org.ccadmin.it.sso;

import static org.ccadmin.it.sso.Sso.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.JsonBody;
import org.ccadmin.it.TestData;
import org.ccadmin.it.Unique;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on against a real OpenID Connect provider on loopback: the settings (secret never shown, strict
 * input, the state rules), the Test's checks (a good provider, an unreachable one, one naming another issuer,
 * one that is not JSON), the agent sign-in's credentials (password or ID token, each token check refused) and
 * the console's code flow with a replayed callback refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoApiIT extends BesideTheAuthority {

    private static final String PASSWORD = "agent-Password-1";
    /** Pending sign-ins at most: the test servers set ccadmin.sso.max-pending-sign-ins (arquillian.xml). */
    private static final int PENDING_CAP = 1000;
    private static LoopbackIdentityProvider idp;

    private Api api;
    private Sso sso;
    private TestData data;

    @BeforeAll
    static void startProvider() {
        idp = new LoopbackIdentityProvider();
    }

    @AfterAll
    static void stopProvider() {
        idp.close();
    }

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        // Earlier classes may leave the product instance in Enforcement, which blocks adding agents.
        new org.ccadmin.it.licensing.Licensing(api).admitAgents(authorityBase);
        sso = new Sso(api);
        data = new TestData(api);
    }

    @AfterEach
    void leaveSsoOff() {
        sso.reset();
        data.deleteAll();
    }

    // --- settings ------------------------------------------------------------------------------------------

    @Test
    void theClientSecretIsKeptEncryptedAndNeverShown() {
        JsonObject saved = sso.configure(idp);
        assertTrue(saved.getBoolean("clientSecretSet"), saved::toString);
        assertTrue(saved.getBoolean("configured"), saved::toString);
        assertFalse(saved.containsKey("clientSecret"), saved::toString);
        assertEquals("openid profile email", saved.getString("scopes"));
        assertEquals("preferred_username", saved.getString("userNameClaim"));
        String read = api.get(Sso.IDP).body();
        assertFalse(read.contains(LoopbackIdentityProvider.CLIENT_SECRET), read);
        String audit = api.get("api/v1/audit?size=10").body();
        assertTrue(audit.contains("identity provider"), audit);
        assertFalse(audit.contains(LoopbackIdentityProvider.CLIENT_SECRET), "never audited: " + audit);
    }

    @Test
    void badSettingsAreRefusedNamingEachField() {
        ApiResponse bad = sso.putProvider("issuer", "ftp://idp.example.com", "scopes", "profile email", "userNameClaim", "user name",
                "administratorGroups", List.of("admins"));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("administratorGroups", "clientId", "issuer", "scopes", "userNameClaim"),
                bad.errorFields().stream().sorted().toList(), bad::toString);
        ApiResponse plainHttp = sso.putProvider("issuer", "http://idp.example.com/realms/cc", "clientId", "c");
        assertEquals(400, plainHttp.status(), plainHttp::toString);
        assertEquals(List.of("issuer"), plainHttp.errorFields(), plainHttp::toString);
        assertTrue(plainHttp.body().contains("is not https"), plainHttp::toString);
        ApiResponse unknown = sso.putProvider("clientSecretSet", true);
        assertEquals(400, unknown.status(), unknown::toString);
        ApiResponse stale = api.put(Sso.IDP, JsonBody.of("clientId", "x", "changeStamp", -1));
        assertEquals(409, stale.status(), stale::toString);
        ApiResponse noStamp = api.put(Sso.IDP, JsonBody.of("clientId", "x"));
        assertEquals(428, noStamp.status(), noStamp::toString);
    }

    @Test
    void hybridAndSsoNeedAConfiguredProviderThatThenCannotBeUnconfigured() {
        ApiResponse refused = sso.putState("HYBRID");
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("conflict.identityProviderNotConfigured", refused.code());
        assertTrue(refused.json().getString("detail").contains("identity provider"), refused::toString);
        assertEquals(400, sso.putState("SOMETIMES").status());
        assertEquals("NON_SSO", ok(api.get(Sso.STATE)).getString("state"));

        sso.configure(idp);
        JsonObject hybrid = sso.state("HYBRID");
        assertEquals("HYBRID", hybrid.getString("state"));
        ApiResponse clear = sso.putProvider("clientSecret", "");
        assertEquals(409, clear.status(), clear::toString);
        assertEquals("conflict.identityProviderInUse", clear.code());
        assertEquals(List.of("clientSecret"), clear.errorFields());
        assertEquals("SSO", sso.state("SSO").getString("state"));
        assertTrue(api.get("api/v1/audit?size=10").body().contains("single sign-on state"));
    }

    @Test
    void onlyAdministratorsSeeTheSettings() {
        ApiResponse anonymous = Api.anonymous(base).get(Sso.STATE);
        assertEquals(401, anonymous.status(), anonymous::toString);
    }

    // --- the Test ------------------------------------------------------------------------------------------

    @Test
    void theTestOfAGoodProviderPassesEveryCheck() {
        sso.configure(idp);
        JsonObject result = ok(api.post(Sso.IDP + "/test", ""));
        Map<String, String> checks = checks(result);
        assertTrue(result.getBoolean("ok"), result::toString);
        for (String name : List.of("configuration", "discovery", "issuer", "endpoints", "https", "keys", "scopes", "claims")) {
            assertTrue(List.of("OK", "WARN").contains(checks.get(name)), name + ": " + result);
        }
        assertEquals("OK", checks.get("discovery"), result::toString);
        assertEquals("OK", checks.get("issuer"), result::toString);
        assertEquals("OK", checks.get("keys"), result::toString);
        assertEquals("OK", checks.get("https"), "plain http on loopback: " + result);
    }

    @Test
    void theTestSaysWhichEndpointIsNotHttpsAndASignInIsRefused() throws Exception {
        String real = idp.issuer() + "/.well-known/openid-configuration";
        String document = new ConsoleClient(URI.create(real)).get(URI.create(real)).body();
        String token = jsonString(document, "token_endpoint");
        try (Documents docs = new Documents("/cc/.well-known/openid-configuration", 200, "application/json", "")) {
            String issuer = docs.base() + "/cc";
            docs.answer(document.replace("\"" + idp.issuer() + "\"", "\"" + issuer + "\"")
                    .replace("\"" + token + "\"", "\"http://idp.example.com/token\""));
            ok(sso.putProvider("issuer", issuer, "clientId", "c", "clientSecret", "s"));
            JsonObject result = ok(api.post(Sso.IDP + "/test", ""));
            JsonObject https = check(result, "https");
            assertEquals("FAIL", https.getString("status"), result::toString);
            assertTrue(https.getString("detail").contains("The token endpoint http://idp.example.com/token is not https"), https::toString);
            assertFalse(result.getBoolean("ok"));

            sso.state("HYBRID");
            ConsoleClient browser = new ConsoleClient(base.toURI());
            HttpResponse<String> start = browser.get("sso/login");
            assertTrue(browser.location(start).getPath().endsWith("/login.xhtml"), start.headers()::toString);
            assertTrue(browser.get("login.xhtml").body().contains("is not https"), "the sign-in is refused with the reason");
        }
    }

    @Test
    void theTestSaysWhenNothingAnswersAtTheIssuer() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ok(sso.putProvider("issuer", "http://127.0.0.1:" + closed + "/realms/cc", "clientId", "c", "clientSecret", "s"));
        JsonObject result = ok(api.post(Sso.IDP + "/test", ""));
        assertFalse(result.getBoolean("ok"));
        JsonObject discovery = check(result, "discovery");
        assertEquals("FAIL", discovery.getString("status"));
        assertTrue(discovery.getString("detail").contains("127.0.0.1:" + closed), discovery::toString);
        assertTrue(discovery.getString("detail").contains("connection refused"), discovery::toString);
    }

    @Test
    void theTestSaysWhenTheDocumentNamesAnotherIssuer() throws IOException {
        String real = idp.issuer() + "/.well-known/openid-configuration";
        String document = new ConsoleClient(URI.create(real)).get(URI.create(real)).body();
        String other = document.replace("\"issuer\":\"" + idp.issuer() + "\"", "\"issuer\":\"https://someone-else.example.com\"")
                .replace("\"issuer\" : \"" + idp.issuer() + "\"", "\"issuer\" : \"https://someone-else.example.com\"");
        assertTrue(other.contains("someone-else"), document);
        try (Documents docs = new Documents("/cc/.well-known/openid-configuration", 200, "application/json", other)) {
            ok(sso.putProvider("issuer", docs.base() + "/cc", "clientId", "c", "clientSecret", "s"));
            JsonObject result = ok(api.post(Sso.IDP + "/test", ""));
            JsonObject issuer = check(result, "issuer");
            assertEquals("FAIL", issuer.getString("status"), result::toString);
            assertTrue(issuer.getString("detail").contains("https://someone-else.example.com"), issuer::toString);
            assertFalse(result.getBoolean("ok"));
        }
    }

    @Test
    void theTestSaysWhenTheAnswerIsNotJsonOrNot200() throws IOException {
        try (Documents docs = new Documents("/cc/.well-known/openid-configuration", 200, "text/html", "<html>login</html>")) {
            ok(sso.putProvider("issuer", docs.base() + "/cc", "clientId", "c", "clientSecret", "s"));
            JsonObject discovery = check(ok(api.post(Sso.IDP + "/test", "")), "discovery");
            assertEquals("FAIL", discovery.getString("status"));
            assertTrue(discovery.getString("detail").contains("did not answer a JSON object"), discovery::toString);
            ok(sso.putProvider("issuer", docs.base() + "/missing"));
            JsonObject missing = check(ok(api.post(Sso.IDP + "/test", "")), "discovery");
            assertTrue(missing.getString("detail").contains("HTTP 404"), missing::toString);
        }
    }

    // --- agent sign-in credentials --------------------------------------------------------------------------

    @Test
    void aNonSsoAgentSignsInWithItsPasswordOnly() {
        String agent = data.agent(Unique.name("pw"), "password", PASSWORD).getString("userName");
        ApiResponse none = signIn(agent);
        assertEquals(403, none.status(), none::toString);
        assertEquals("signIn.credentialsRequired", none.code());
        ApiResponse wrong = signIn(agent, "password", "not-" + PASSWORD);
        assertEquals(403, wrong.status(), wrong::toString);
        assertEquals("signIn.refused", wrong.code());
        assertTrue(wrong.json().getString("detail").contains(agent), wrong::toString);
        assertFalse(wrong.body().contains(PASSWORD), "no secret in the answer");
        assertEquals(200, signIn(agent, "password", PASSWORD).status());
        signOut(agent);

        String disabled = data.agent(Unique.name("off"), "password", PASSWORD, "loginEnabled", false).getString("userName");
        ApiResponse off = signIn(disabled, "password", PASSWORD);
        assertEquals(403, off.status(), off::toString);
        assertTrue(off.json().getString("detail").contains("login is disabled"), off::toString);
    }

    @Test
    void anSsoAgentSignsInWithAnIdTokenAndEachBadTokenIsRefused() {
        String agent = data.agent(Unique.name("ssoag"), "ssoEnabled", true).getString("userName");
        String plain = data.agent(Unique.name("plain"), "password", PASSWORD).getString("userName");
        sso.configure(idp);
        sso.state("HYBRID");

        ApiResponse password = signIn(agent, "password", PASSWORD);
        assertEquals("signIn.credentialsRequired", password.code(), password::toString);
        assertRefused(signIn(agent, "idToken", idp.token("elsewhere", LoopbackIdentityProvider.CLIENT_ID, agent, 300)), "issued by");
        assertRefused(signIn(agent, "idToken", idp.token(LoopbackIdentityProvider.ISSUER_ID, "another-client", agent, 300)), "audience");
        assertRefused(signIn(agent, "idToken", idp.token(LoopbackIdentityProvider.ISSUER_ID, LoopbackIdentityProvider.CLIENT_ID, agent, -600)),
                "expired");
        assertRefused(signIn(agent, "idToken", LoopbackIdentityProvider.tampered(idp.token("someone"), agent)), "signature");
        assertRefused(signIn(agent, "idToken", idp.token("someone-else")), "not agent " + agent);
        assertRefused(signIn(agent, "idToken", "not-a-token"), "not a signed JWT");
        assertRefused(signIn(agent, "idToken", idp.accessToken(agent)), "of type at+jwt");
        List<String> twoAudiences = List.of(LoopbackIdentityProvider.CLIENT_ID, "reporting");
        assertRefused(signIn(agent, "idToken", idp.tokenFor(agent, "reporting", twoAudiences, Map.of())),
                "several audiences and was issued to the client reporting");
        assertRefused(signIn(agent, "idToken", idp.tokenFor(agent, LoopbackIdentityProvider.CLIENT_ID,
                List.of(LoopbackIdentityProvider.CLIENT_ID), Map.of("nbf", java.time.Instant.now().plusSeconds(600).getEpochSecond()))),
                "not valid yet");
        assertEquals(200, signIn(agent, "idToken", idp.tokenFor(agent, LoopbackIdentityProvider.CLIENT_ID, twoAudiences, Map.of()))
                .status(), "several audiences with this client as azp");
        signOut(agent);
        assertEquals(200, signIn(agent, "idToken", idp.token(agent)).status());
        signOut(agent);

        // HYBRID: the agent without SSO keeps its password; SSO: nobody's password counts any more.
        assertEquals(200, signIn(plain, "password", PASSWORD).status());
        signOut(plain);
        sso.state("SSO");
        ApiResponse inSso = signIn(plain, "password", PASSWORD);
        assertEquals(403, inSso.status(), inSso::toString);
        assertEquals("signIn.credentialsRequired", inSso.code());
        assertTrue(inSso.json().getString("detail").contains("identity provider"), inSso::toString);
        assertEquals(200, signIn(plain, "idToken", idp.token(plain)).status());
        signOut(plain);
    }

    // --- console code flow ----------------------------------------------------------------------------------

    @Test
    void aLocalAccountsNameIsRefusedAndACallbackCountsOnlyInItsOwnBrowserAndOnce() throws Exception {
        sso.configure(idp);
        ok(sso.putProvider("groupClaim", "groups", "administratorGroups", List.of("cc-admins")));
        sso.state("HYBRID");
        // The break-glass administrator's name at the provider takes nothing of it, not even with a mapped group.
        ConsoleClient impostor = new ConsoleClient(base.toURI());
        HttpResponse<String> refused = impostor.get(impostor.signInAtProvider(Api.ADMIN, "\"groups\":[\"cc-admins\"]"));
        assertTrue(impostor.location(refused).getPath().endsWith("/login.xhtml"), refused.headers()::toString);
        assertTrue(impostor.get("login.xhtml").body().contains(Api.ADMIN + " is a local account"), "the reason is shown");
        assertEquals(302, impostor.get("index.xhtml").statusCode(), "not signed in");

        String member = Unique.name("admin-by-group");
        ConsoleClient browser = new ConsoleClient(base.toURI());
        assertTrue(browser.get("login.xhtml").body().contains("Sign in with single sign-on"));
        URI callback = browser.signInAtProvider(member, "\"groups\":[\"cc-admins\"]");

        // Login CSRF: the answer sent to another browser does not sign that browser in, and stays the starter's.
        ConsoleClient victim = new ConsoleClient(base.toURI());
        HttpResponse<String> elsewhere = victim.get(callback);
        assertTrue(victim.location(elsewhere).getPath().endsWith("/login.xhtml"), elsewhere.headers()::toString);
        assertTrue(victim.get("login.xhtml").body().contains("started in another browser"), "the reason is shown");
        assertEquals(302, victim.get("index.xhtml").statusCode(), "not signed in");

        HttpResponse<String> landed = browser.get(callback);
        assertEquals(302, landed.statusCode(), landed::body);
        assertTrue(browser.location(landed).getPath().endsWith("/index.xhtml"), landed.headers()::toString);
        HttpResponse<String> console = browser.get("index.xhtml");
        assertEquals(200, console.statusCode());
        assertTrue(console.body().contains(">" + member + "<"), "signed in as the mapped administrator");

        HttpResponse<String> replayed = browser.get(callback);
        assertTrue(browser.location(replayed).getPath().endsWith("/login.xhtml"), replayed.headers()::toString);
        assertTrue(browser.get("login.xhtml").body().contains("already completed"), "a replay is refused with the reason");
    }

    @Test
    void someoneTheApplicationDoesNotKnowIsSentBackWithTheReason() throws Exception {
        sso.configure(idp);
        sso.state("HYBRID");
        ConsoleClient browser = new ConsoleClient(base.toURI());
        String stranger = Unique.name("stranger");
        HttpResponse<String> landed = browser.get(browser.signInAtProvider(stranger));
        assertTrue(browser.location(landed).getPath().endsWith("/login.xhtml"), landed.headers()::toString);
        String page = browser.get("login.xhtml").body();
        assertTrue(page.contains("Signed in at the identity provider as " + stranger + ", but"), page);
    }

    @Test
    void aGroupOfTheRoleMappingGrantsItsRoleAndANonSsoSupervisorIsSentToItsPassword() throws Exception {
        sso.configure(idp);
        ok(sso.putProvider("groupClaim", "groups", "administratorGroups", List.of("cc-admins")));
        sso.state("HYBRID");
        String member = Unique.name("member");
        ConsoleClient browser = new ConsoleClient(base.toURI());
        HttpResponse<String> landed = browser.get(browser.signInAtProvider(member, "\"groups\":[\"staff\",\"cc-admins\"]"));
        assertTrue(browser.location(landed).getPath().endsWith("/index.xhtml"), landed.headers()::toString);
        HttpResponse<String> settings = browser.get("features/single-sign-on.xhtml");
        assertEquals(200, settings.statusCode(), "an administrator by the mapping");
        assertTrue(settings.body().contains(">" + member + "<"), settings::body);

        String supervisor = data.agent(Unique.name("nsup"), "supervisor", true, "password", PASSWORD).getString("userName");
        ConsoleClient other = new ConsoleClient(base.toURI());
        HttpResponse<String> refused = other.get(other.signInAtProvider(supervisor));
        assertTrue(other.location(refused).getPath().endsWith("/login.xhtml"), refused.headers()::toString);
        assertTrue(other.get("login.xhtml").body().contains("is not SSO-enabled (state HYBRID): it signs in with its password"));
    }

    @Test
    void aSupervisorsIdentityProviderSessionEndsAtItsNextRequestWhenItsFlagIsClearedOrSingleSignOnIsTurnedOff() throws Exception {
        sso.configure(idp);
        sso.state("HYBRID");
        JsonObject lead = data.agent(Unique.name("ssolead"), "supervisor", true, "ssoEnabled", true, "password", PASSWORD);
        ConsoleClient first = signedInAtProvider(lead.getString("userName"));
        ConsoleClient second = signedInAtProvider(
                data.agent(Unique.name("ssolead"), "supervisor", true, "ssoEnabled", true, "password", PASSWORD).getString("userName"));

        JsonObject now = api.get(TestData.item(TestData.AGENTS, lead)).json();
        ok(api.put(TestData.item(TestData.AGENTS, lead), JsonBody.of("supervisor", false,
                "changeStamp", now.getJsonNumber("changeStamp").longValue())));
        assertSessionEnded(first, "is an agent without the supervisor flag");
        assertEquals(200, second.get("index.xhtml").statusCode(), "the other supervisor's session goes on");

        sso.state("NON_SSO");
        assertSessionEnded(second, "Single sign-on is off (state NON_SSO)");
    }

    private ConsoleClient signedInAtProvider(String supervisor) throws Exception {
        ConsoleClient browser = new ConsoleClient(base.toURI());
        HttpResponse<String> landed = browser.get(browser.signInAtProvider(supervisor));
        assertTrue(browser.location(landed).getPath().endsWith("/index.xhtml"), landed.headers()::toString);
        HttpResponse<String> page = browser.get("index.xhtml");
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains(">" + supervisor + "<"), "signed in as " + supervisor);
        return browser;
    }

    private static void assertSessionEnded(ConsoleClient browser, String reason) {
        HttpResponse<String> next = browser.get("index.xhtml");
        assertEquals(302, next.statusCode(), next::body);
        assertTrue(browser.location(next).getPath().endsWith("/login.xhtml"), next.headers()::toString);
        String login = browser.get("login.xhtml").body();
        assertTrue(login.contains(reason) && login.contains("Your session has ended."), reason + " in " + login);
    }

    @Test
    void withSingleSignOnOffTheSignInPageOffersNoLinkAndTheStartIsRefused() throws Exception {
        ConsoleClient browser = new ConsoleClient(base.toURI());
        assertFalse(browser.get("login.xhtml").body().contains("Sign in with single sign-on"));
        HttpResponse<String> start = browser.get("sso/login");
        assertEquals(302, start.statusCode());
        assertTrue(browser.location(start).getPath().endsWith("/login.xhtml"));
        assertTrue(browser.get("login.xhtml").body().contains("Single sign-on is off"));
    }

    @Test
    void aFloodOfUnfinishedSignInsEvictsTheOldestAndARealSignInStillSucceeds() throws Exception {
        sso.configure(idp);
        ok(sso.putProvider("groupClaim", "groups", "administratorGroups", List.of("cc-admins")));
        sso.state("HYBRID");
        AbandonedSignIns flood = new AbandonedSignIns(base.toURI());
        try {
            // Past the cap: none is refused, the oldest pending ones make room (other classes' leftovers first).
            for (int i = 0; i < PENDING_CAP + 20; i++) {
                assertTrue(flood.start(), "start " + i + " of the flood was refused instead of evicting the oldest");
            }
            String member = Unique.name("during-flood");
            ConsoleClient person = new ConsoleClient(base.toURI());
            HttpResponse<String> signedIn = person.get(person.signInAtProvider(member, "\"groups\":[\"cc-admins\"]"));
            assertEquals(302, signedIn.statusCode(), signedIn::body);
            assertTrue(person.location(signedIn).getPath().endsWith("/index.xhtml"), signedIn.headers()::toString);
            assertTrue(person.get("index.xhtml").body().contains(">" + member + "<"), "signed in during the flood");
            assertTrue(flood.refusalOfOldest().contains("This sign-in is unknown or was already completed"),
                    "the oldest pending sign-in was evicted and its callback refused");
        } finally {
            flood.cancelAll();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private ApiResponse signIn(String agent, Object... credentials) {
        return sso.agentSignIn(agent, credentials);
    }

    private void signOut(String agent) {
        sso.agentSignOut(agent);
    }

    private static void assertRefused(ApiResponse r, String reason) {
        assertEquals(403, r.status(), r::toString);
        assertEquals("signIn.refused", r.code(), r::toString);
        assertTrue(r.json().getString("detail").contains(reason), reason + " in " + r);
    }

    /** The text member {@code name} of a JSON document, as it is written there. */
    private static String jsonString(String document, String name) {
        return jakarta.json.Json.createReader(new java.io.StringReader(document)).readObject().getString(name);
    }

    private static JsonObject check(JsonObject result, String name) {
        return result.getJsonArray("checks").stream().map(v -> v.asJsonObject()).filter(c -> name.equals(c.getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + name + " in " + result));
    }

    private static Map<String, String> checks(JsonObject result) {
        return result.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }
}
