package org.ccadmin.sso.infrastructure;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.sso.domain.IdentityProvider;
import org.ccadmin.sso.domain.ProviderCheck;
import org.ccadmin.sso.domain.ProviderTransport;
import org.ccadmin.sso.domain.TokenRules;

/**
 * The Test of the identity provider settings: fetches the discovery document and the keys as a sign-in would
 * and reports each step, so that an administrator sees precisely what is wrong (unreachable, TLS, HTTP status,
 * not JSON, another issuer, missing endpoints, an issuer or endpoint not on https, no usable keys, scopes or claims
 * the provider does not list).
 * Checks after a failed fetch are not run: they would only repeat it.
 */
@ApplicationScoped
public class ProviderProbe {

    public List<ProviderCheck> test(IdentityProvider idp) {
        List<ProviderCheck> checks = new ArrayList<>();
        if (idp.issuer() == null) {
            checks.add(ProviderCheck.fail("configuration", "No issuer URL is saved."));
            return checks;
        }
        checks.add(idp.clientId() != null && idp.clientSecretSet() ? ProviderCheck.ok("configuration", "Issuer, client id and client secret are saved.")
                : ProviderCheck.fail("configuration", "Save the client id and the client secret the identity provider gave this application."));
        URI discovery = idp.discoveryUri();
        JsonObject doc;
        try {
            doc = Http.getJson(discovery);
            checks.add(ProviderCheck.ok("discovery", "Fetched " + discovery + "."));
        } catch (Http.Failure e) {
            checks.add(ProviderCheck.fail("discovery", e.getMessage()));
            return checks;
        }
        ProviderMetadata m = ProviderMetadata.of(doc);
        checks.add(TokenRules.sameIssuer(m.issuer(), idp.issuer()) ? ProviderCheck.ok("issuer", "The document names the issuer " + m.issuer() + ".")
                : ProviderCheck.fail("issuer", "The document names the issuer " + m.issuer() + ", not the configured "
                        + idp.issuer() + ": tokens would be refused. Use exactly the issuer the provider names."));
        checks.add(endpoints(doc, m));
        checks.add(transport(idp, m));
        checks.add(m.endSessionEndpoint() != null ? ProviderCheck.ok("endSession", "Sign-out also ends the session at the identity provider.")
                : ProviderCheck.warn("endSession", "The provider has no end_session_endpoint: sign-out ends only the session here."));
        if (m.jwksUri() != null) {
            checks.add(keys(m.jwksUri()));
        }
        checks.add(listed("scopes", "scopes_supported", m.scopesSupported(), List.of(idp.scopes().split(" "))));
        List<String> claims = new ArrayList<>(List.of(idp.userNameClaim()));
        if (idp.groupClaim() != null) {
            claims.add(idp.groupClaim());
        }
        checks.add(listed("claims", "claims_supported", m.claimsSupported(), claims));
        return checks;
    }

    private static ProviderCheck endpoints(JsonObject doc, ProviderMetadata m) {
        List<String> missing = new ArrayList<>();
        if (m.authorizationEndpoint() == null) {
            missing.add("authorization_endpoint");
        }
        if (m.tokenEndpoint() == null) {
            missing.add("token_endpoint");
        }
        if (m.jwksUri() == null) {
            missing.add("jwks_uri");
        }
        return missing.isEmpty() ? ProviderCheck.ok("endpoints", "Authorization, token and key endpoints are given.")
                : ProviderCheck.fail("endpoints", "The document lacks " + String.join(", ", missing) + " (or they are not URLs).");
    }

    private static ProviderCheck transport(IdentityProvider idp, ProviderMetadata m) {
        List<String> refusals = new ArrayList<>();
        ProviderTransport.refusal("issuer", URI.create(idp.issuer())).ifPresent(refusals::add);
        refusals.addAll(m.transportRefusals());
        return refusals.isEmpty() ? ProviderCheck.ok("https", "The issuer and the endpoints use " + ProviderTransport.RULE + ".")
                : ProviderCheck.fail("https", String.join(" ", refusals) + " Sign-ins are refused until the provider uses https.");
    }

    private static ProviderCheck keys(URI jwksUri) {
        JWKSet set;
        try {
            set = JWKSet.parse(Http.getJson(jwksUri).toString());
        } catch (Http.Failure e) {
            return ProviderCheck.fail("keys", "The key set: " + e.getMessage());
        } catch (ParseException e) {
            return ProviderCheck.fail("keys", "The key set at " + jwksUri + " cannot be parsed: " + e.getMessage());
        }
        long signing = set.getKeys().stream().filter(ProviderProbe::verifiesSignatures).count();
        if (set.getKeys().isEmpty()) {
            return ProviderCheck.fail("keys", "The key set at " + jwksUri + " is empty: no token could be verified.");
        }
        if (signing == 0) {
            return ProviderCheck.fail("keys", "The key set at " + jwksUri + " has no RSA or EC signing key.");
        }
        return ProviderCheck.ok("keys", signing + " signing key" + (signing == 1 ? "" : "s") + " at " + jwksUri + ".");
    }

    private static boolean verifiesSignatures(JWK k) {
        return (k.getKeyUse() == null || KeyUse.SIGNATURE.equals(k.getKeyUse()))
                && (k.getKeyType() == com.nimbusds.jose.jwk.KeyType.RSA || k.getKeyType() == com.nimbusds.jose.jwk.KeyType.EC);
    }

    private static ProviderCheck listed(String name, String member, List<String> supported, List<String> wanted) {
        if (supported.isEmpty()) {
            // A warning, not OK: a missing claim would only show at the first sign-in.
            return ProviderCheck.warn(name, "The provider does not list " + member + ", so " + String.join(", ", wanted)
                    + " cannot be confirmed here: the first sign-in will tell whether its tokens carry them.");
        }
        List<String> missing = wanted.stream().filter(w -> !supported.contains(w)).toList();
        return missing.isEmpty() ? ProviderCheck.ok(name, String.join(", ", wanted) + " listed in " + member + ".")
                : ProviderCheck.warn(name, String.join(", ", missing) + " not listed in " + member
                        + " (the provider lists " + String.join(", ", supported) + ").");
    }
}
