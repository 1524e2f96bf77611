package org.ccadmin.sso.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ccadmin.sso.domain.IdTokenClaims;
import org.ccadmin.sso.domain.SignInRefusedException;

/**
 * The claims of a JWT payload (the JSON object as parsed) read into {@link IdTokenClaims}. A registered claim of
 * the wrong JSON type (an {@code azp} that is a number, an {@code iat} that is a text) is refused naming that
 * claim: a provider's administrator must be able to tell which claim is wrong.
 */
final class TokenPayload {

    private TokenPayload() {
    }

    /** {@code json} null means the payload was not a JSON object. */
    static IdTokenClaims claims(String headerType, Map<String, Object> json) {
        if (json == null) {
            throw SignInRefusedException.refused("The token's claims are not a JSON object.");
        }
        return new IdTokenClaims(headerType, text(json, "iss"), audience(json), text(json, "azp"), time(json, "exp"),
                time(json, "iat"), time(json, "nbf"), text(json, "nonce"), json);
    }

    static String text(Map<String, Object> json, String claim) {
        Object value = json.get(claim);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw wrongType(claim, "a text");
    }

    /** A NumericDate: seconds since the epoch, possibly with a fraction (RFC 7519 §2). */
    private static Instant time(Map<String, Object> json, String claim) {
        Object value = json.get(claim);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n instanceof Long || n instanceof Integer ? Instant.ofEpochSecond(n.longValue())
                    : Instant.ofEpochMilli(Math.round(n.doubleValue() * 1000));
        }
        throw wrongType(claim, "a time in seconds since 1970 (a number)");
    }

    /** One text or a list of texts (RFC 7519 §4.1.3). */
    private static List<String> audience(Map<String, Object> json) {
        Object value = json.get("aud");
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw wrongType("aud", "a text or a list of texts");
    }

    private static SignInRefusedException wrongType(String claim, String expected) {
        return SignInRefusedException.refused("The token's claim " + claim + " is not " + expected + ".");
    }
}
