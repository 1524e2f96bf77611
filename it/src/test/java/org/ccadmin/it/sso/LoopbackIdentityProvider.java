package org.ccadmin.it.sso;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider on loopback, in the test JVM (mock-oauth2-server): discovery, keys, its own
 * HTML login page (interactive login: a user name and optional claims), the authorization code flow with PKCE,
 * signed ID tokens. The server under test reaches it like any identity provider; the tests also ask it for
 * tokens directly ({@link #token}) to present to the agent sign-in.
 */
public final class LoopbackIdentityProvider implements AutoCloseable {

    public static final String ISSUER_ID = "ccadmin";
    public static final String CLIENT_ID = "ccadmin-console";
    public static final String CLIENT_SECRET = "idp-Client-Secret-1";

    private final MockOAuth2Server server;

    public LoopbackIdentityProvider() {
        server = new MockOAuth2Server(new OAuth2Config(true));
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** The issuer to configure: {@code http://localhost:<port>/ccadmin}. */
    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString().replaceAll("/$", "");
    }

    /** The issuer of another realm of the same provider: a token from there must be refused. */
    public String otherIssuer() {
        return server.issuerUrl("elsewhere").toString().replaceAll("/$", "");
    }

    /** A signed ID token of {@code issuerId} for {@code audience} naming {@code userName}, valid {@code seconds} from now. */
    public String token(String issuerId, String audience, String userName, long seconds) {
        SignedJWT jwt = server.issueToken(issuerId, userName, audience, Map.of("preferred_username", userName), seconds);
        return jwt.serialize();
    }

    /** A valid token for {@code userName} as this application's client would get it. */
    public String token(String userName) {
        return token(ISSUER_ID, CLIENT_ID, userName, 300);
    }

    /**
     * A valid token for {@code userName} that the client {@code presenter} obtained (its azp: the provider names
     * the requesting client there) for the audiences given, with more claims ({@code nbf}, …).
     */
    public String tokenFor(String userName, String presenter, List<String> audience, Map<String, Object> moreClaims) {
        return issue(userName, presenter, JOSEObjectType.JWT.getType(), audience, moreClaims);
    }

    /** An access token (header typ at+jwt, RFC 9068) of this application's client naming {@code userName}. */
    public String accessToken(String userName) {
        return issue(userName, CLIENT_ID, "at+jwt", List.of(CLIENT_ID), Map.of());
    }

    private String issue(String userName, String presenter, String type, List<String> audience, Map<String, Object> moreClaims) {
        Map<String, Object> claims = new HashMap<>(moreClaims);
        claims.put("preferred_username", userName);
        return server.issueToken(ISSUER_ID, presenter, new DefaultOAuth2TokenCallback(ISSUER_ID, userName, type, audience, claims, 300))
                .serialize();
    }

    /** {@code token} with its payload changed to name {@code userName}, keeping the original signature. */
    public static String tampered(String token, String userName) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\"preferred_username\"\\s*:\\s*\"[^\"]*\"", "\"preferred_username\":\"" + userName + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
