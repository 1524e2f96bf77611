package org.ccadmin.it.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.JsonBody;

/** The single sign-on settings through the API, as the tests set them up and leave them. */
public final class Sso {

    public static final String STATE = "api/v1/sso/global-state";
    public static final String IDP = "api/v1/sso/identity-provider";
    public static final String SESSIONS = "api/v1/agent-sessions";

    private final Api api;

    public Sso(Api api) {
        this.api = api;
    }

    public ApiResponse putState(String state) {
        return api.request("PUT", STATE).header("If-Match", api.get(STATE).etag()).json(JsonBody.of("state", state)).send();
    }

    public JsonObject state(String state) {
        return ok(putState(state));
    }

    public ApiResponse putProvider(Object... fields) {
        return api.request("PUT", IDP).header("If-Match", api.get(IDP).etag()).json(JsonBody.of(fields)).send();
    }

    /** The loopback provider as this application's identity provider, with the default claims and scopes. */
    public JsonObject configure(LoopbackIdentityProvider idp) {
        return ok(putProvider("issuer", idp.issuer(), "clientId", LoopbackIdentityProvider.CLIENT_ID,
                "clientSecret", LoopbackIdentityProvider.CLIENT_SECRET, "scopes", "", "userNameClaim", "",
                "groupClaim", "", "administratorGroups", java.util.List.of(), "supervisorGroups", java.util.List.of()));
    }

    /** NON_SSO and no identity provider: what every other test of the run expects. */
    public void reset() {
        state("NON_SSO");
        ok(putProvider("issuer", "", "clientId", "", "clientSecret", "", "groupClaim", "",
                "administratorGroups", java.util.List.of(), "supervisorGroups", java.util.List.of()));
    }

    /** A sign-in event of {@code agent} to the voice domain, with the credential fields given (password, idToken). */
    public ApiResponse agentSignIn(String agent, Object... credentials) {
        Object[] event = {"eventId", org.ccadmin.it.Unique.name("sso"), "type", "SIGN_IN", "agent", agent, "mediaRoutingDomain", "1"};
        Object[] fields = java.util.Arrays.copyOf(event, event.length + credentials.length);
        System.arraycopy(credentials, 0, fields, event.length, credentials.length);
        return api.post(SESSIONS, JsonBody.of(fields));
    }

    public void agentSignOut(String agent) {
        ok(api.post(SESSIONS, JsonBody.of("eventId", org.ccadmin.it.Unique.name("sso"), "type", "SIGN_OUT", "agent", agent)));
    }

    public static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }
}
