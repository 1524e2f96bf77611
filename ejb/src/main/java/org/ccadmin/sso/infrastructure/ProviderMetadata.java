package org.ccadmin.sso.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.sso.domain.ProviderTransport;

/**
 * The parts of an OpenID Provider's discovery document (OpenID Connect Discovery §3) that sign-in uses.
 * {@code scopesSupported} and {@code claimsSupported} are empty when the document does not list them.
 */
public record ProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
        URI endSessionEndpoint, List<String> scopesSupported, List<String> claimsSupported) {

    /** The metadata of {@code doc}; the endpoints a sign-in needs are null when absent or not URLs. */
    static ProviderMetadata of(JsonObject doc) {
        return new ProviderMetadata(text(doc, "issuer"), uri(doc, "authorization_endpoint"), uri(doc, "token_endpoint"),
                uri(doc, "jwks_uri"), uri(doc, "end_session_endpoint"), texts(doc, "scopes_supported"),
                texts(doc, "claims_supported"));
    }

    static String text(JsonObject doc, String name) {
        JsonValue v = doc.get(name);
        return v instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    private static URI uri(JsonObject doc, String name) {
        String t = text(doc, name);
        if (t == null) {
            return null;
        }
        try {
            URI u = URI.create(t);
            return u.isAbsolute() && u.getHost() != null ? u : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> texts(JsonObject doc, String name) {
        if (!(doc.get(name) instanceof JsonArray a)) {
            return List.of();
        }
        return a.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }

    /**
     * Why endpoints of this document may not be used ({@link ProviderTransport}: https, plain http only on
     * loopback), one reason per endpoint; empty when all that are given may.
     */
    List<String> transportRefusals() {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        endpoints.put("authorization endpoint", authorizationEndpoint);
        endpoints.put("token endpoint", tokenEndpoint);
        endpoints.put("key set (jwks_uri)", jwksUri);
        endpoints.put("end-session endpoint", endSessionEndpoint);
        List<String> refusals = new ArrayList<>();
        endpoints.forEach((name, uri) -> {
            if (uri != null) {
                ProviderTransport.refusal(name, uri).ifPresent(refusals::add);
            }
        });
        return refusals;
    }

    /** Every endpoint a sign-in needs is present. */
    boolean complete() {
        return authorizationEndpoint != null && tokenEndpoint != null && jwksUri != null;
    }
}
