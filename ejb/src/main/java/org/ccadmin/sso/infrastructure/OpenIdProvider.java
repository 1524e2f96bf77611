package org.ccadmin.sso.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ccadmin.sso.domain.IdTokenClaims;
import org.ccadmin.sso.domain.ProviderTransport;
import org.ccadmin.sso.domain.SignInRefusedException;
import org.ccadmin.sso.domain.TokenRules;

/**
 * The identity provider as sign-ins use it: its discovery document and keys (cached per node; the keys are
 * fetched again when a token names a key id they lack, at most every {@link #KEY_REFETCH}, so a key rotation
 * is picked up without a restart and a stream of forged key ids cannot flood the provider), the code
 * exchange (client_secret_basic) and the signature of an ID token. Only asymmetric signatures (RSA, EC) are
 * accepted: "none" and shared-secret algorithms never.
 */
@ApplicationScoped
public class OpenIdProvider {

    static final Duration METADATA_TTL = Duration.ofMinutes(15);
    static final Duration KEY_REFETCH = Duration.ofSeconds(10);

    private record Cached<T>(T value, Instant fetched) {
    }

    private final Map<URI, Cached<ProviderMetadata>> metadata = new ConcurrentHashMap<>();
    private final Map<URI, Cached<JWKSet>> keys = new ConcurrentHashMap<>();

    /** The discovery document of the provider; refused (with the reason) when it cannot be had. */
    public ProviderMetadata metadata(URI discovery, Instant now) {
        Cached<ProviderMetadata> c = metadata.get(discovery);
        if (c != null && now.isBefore(c.fetched().plus(METADATA_TTL))) {
            return c.value();
        }
        // Also on a sign-in, not only at the settings: an issuer saved before the rule, or a document that changed.
        ProviderTransport.refusal("discovery document", discovery).ifPresent(reason -> {
            throw unavailable(reason);
        });
        try {
            ProviderMetadata m = ProviderMetadata.of(Http.getJson(discovery));
            if (!m.complete()) {
                throw unavailable("its discovery document lacks the authorization, token or jwks endpoint");
            }
            if (!m.transportRefusals().isEmpty()) {
                throw unavailable(String.join(" ", m.transportRefusals()));
            }
            metadata.put(discovery, new Cached<>(m, now));
            return m;
        } catch (Http.Failure e) {
            throw unavailable(e.getMessage());
        }
    }

    /** The ID token of the code exchange (RFC 6749 §4.1.3, PKCE RFC 7636 §4.5, client_secret_basic). */
    public String exchange(ProviderMetadata m, String clientId, String clientSecret, String code, URI redirectUri,
            String codeVerifier) {
        String form = "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" + enc(redirectUri.toString())
                + "&code_verifier=" + enc(codeVerifier);
        String basic = Base64.getEncoder().encodeToString((enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(m.tokenEndpoint()).timeout(Http.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> r;
        try {
            r = Http.send(request);
        } catch (Http.Failure e) {
            throw unavailable(e.getMessage());
        }
        JsonObject body;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            body = reader.readObject();
        } catch (RuntimeException e) {
            throw SignInRefusedException.refused("The identity provider's token endpoint answered HTTP " + r.statusCode()
                    + " without a JSON body.");
        }
        if (r.statusCode() != 200) {
            String error = ProviderMetadata.text(body, "error");
            String description = ProviderMetadata.text(body, "error_description");
            throw SignInRefusedException.refused("The identity provider refused the code exchange (HTTP " + r.statusCode()
                    + (error == null ? "" : ", " + error) + (description == null ? "" : ": " + description) + ").");
        }
        String idToken = ProviderMetadata.text(body, "id_token");
        if (idToken == null) {
            throw SignInRefusedException.refused("The identity provider's token response has no id_token (is the scope openid asked for?).");
        }
        return idToken;
    }

    /**
     * The claims of {@code token} once its signature is verified with one of the provider's keys. A token that
     * names another issuer is refused as such before its signature is looked at (it would fail that too, but
     * "issued by someone else" is the useful reason).
     */
    public IdTokenClaims verifiedClaims(String token, ProviderMetadata m, String issuer, Instant now) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw SignInRefusedException.refused("The token is not a signed JWT.");
        }
        // Read as plain JSON rather than through the library's claims set, which refuses a claim of the wrong type
        // without saying which; the types are checked, naming the claim, by TokenPayload.
        Map<String, Object> payload = jwt.getPayload().toJSONObject();
        if (payload == null) {
            throw SignInRefusedException.refused("The token's claims are not a JSON object.");
        }
        String named = TokenPayload.text(payload, "iss");
        if (!TokenRules.sameIssuer(named, issuer)) {
            throw SignInRefusedException.refused("The token was issued by " + named
                    + ", not by the configured identity provider " + issuer + ".");
        }
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (!JWSAlgorithm.Family.RSA.contains(alg) && !JWSAlgorithm.Family.EC.contains(alg)) {
            throw SignInRefusedException.refused("The token is signed with " + alg + "; only RSA and EC signatures are accepted.");
        }
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        List<JWK> candidates = selector.select(keys(m.jwksUri(), now, false));
        if (candidates.isEmpty()) {
            candidates = selector.select(keys(m.jwksUri(), now, true));
        }
        if (candidates.isEmpty()) {
            throw SignInRefusedException.refused("The token is signed with a key the identity provider does not publish (kid "
                    + jwt.getHeader().getKeyID() + ").");
        }
        if (!signedByOneOf(jwt, candidates)) {
            throw SignInRefusedException.refused("The token's signature does not verify with the identity provider's key.");
        }
        JOSEObjectType type = jwt.getHeader().getType();
        return TokenPayload.claims(type == null ? null : type.getType(), payload);
    }

    private static boolean signedByOneOf(SignedJWT jwt, List<JWK> candidates) {
        DefaultJWSVerifierFactory factory = new DefaultJWSVerifierFactory();
        for (JWK key : candidates) {
            try {
                if (key instanceof AsymmetricJWK asymmetric) {
                    JWSVerifier verifier = factory.createJWSVerifier(jwt.getHeader(), asymmetric.toPublicKey());
                    if (jwt.verify(verifier)) {
                        return true;
                    }
                }
            } catch (JOSEException e) {
                // A key of the wrong type or size for this algorithm: try the next one.
            }
        }
        return false;
    }

    private JWKSet keys(URI jwksUri, Instant now, boolean refetch) {
        Cached<JWKSet> c = keys.get(jwksUri);
        if (c != null && (!refetch || now.isBefore(c.fetched().plus(KEY_REFETCH)))) {
            return c.value();
        }
        try {
            JWKSet set = JWKSet.parse(Http.getJson(jwksUri).toString());
            keys.put(jwksUri, new Cached<>(set, now));
            return set;
        } catch (Http.Failure e) {
            throw unavailable("its keys: " + e.getMessage());
        } catch (ParseException e) {
            throw unavailable("its key set at " + jwksUri + " cannot be parsed: " + e.getMessage());
        }
    }

    /** Forgets what was cached, for a changed configuration. */
    public void forget() {
        metadata.clear();
        keys.clear();
    }

    private static SignInRefusedException unavailable(String reason) {
        return SignInRefusedException.refused("The identity provider cannot be used: " + reason);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
