package org.ccadmin.sso.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The claims of an ID token whose signature was verified against the issuer's keys, and the {@code typ} of its
 * JWT header ({@code type}, null when absent). {@code claims} holds all of them as the JSON had them (strings,
 * numbers, booleans, lists, maps), for the user-name and group claims.
 */
public record IdTokenClaims(String type, String issuer, List<String> audience, String authorizedParty, Instant expiresAt,
        Instant issuedAt, Instant notBefore, String nonce, Map<String, Object> claims) {

    public IdTokenClaims {
        audience = audience == null ? List.of() : List.copyOf(audience);
        Map<String, Object> present = new java.util.HashMap<>();
        if (claims != null) {
            claims.forEach((k, v) -> {
                if (k != null && v != null) {
                    present.put(k, v);
                }
            });
        }
        claims = Map.copyOf(present);
    }

    /** The text of {@code claim}, or null if the token lacks it or it is not a non-blank text. */
    public String text(String claim) {
        return claims.get(claim) instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** The groups in {@code claim}: a list of texts, or one text; none if absent or claim is null. */
    public List<String> groups(String claim) {
        if (claim == null) {
            return List.of();
        }
        Object value = claims.get(claim);
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
