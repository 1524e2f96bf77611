package org.ccadmin.sso.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What an ID token must say beyond its signature (OpenID Connect Core §3.1.3.7): that it is an ID token (header
 * {@code typ} absent or JWT: an access token such as {@code at+jwt} is not a proof of sign-in, RFC 9068 §4; and
 * the claim {@code typ}, which some providers such as Keycloak set to {@code ID} in ID tokens and
 * {@code Bearer} in access tokens whose header says only JWT, absent or {@code ID}),
 * issued by the configured issuer, meant for this client (audience contains the client id; with several
 * audiences the authorized party {@code azp} must be this client), not expired,
 * issued at a time it names ({@code iat}) and not in the future, already valid ({@code nbf}) and, for a console
 * sign-in, carrying the nonce of that sign-in. Clocks of different machines differ slightly, so times are
 * compared with {@link #SKEW}. Each refusal says which check failed. With this client as the one audience, an
 * {@code azp} naming another client is accepted: an agent's own desktop client may present a token issued for
 * ccadmin (the presenter is then that client), and the audience already says whom the token is meant for.
 */
public final class TokenRules {

    public static final Duration SKEW = Duration.ofSeconds(60);

    private TokenRules() {
    }

    /**
     * Refuses the token unless every check holds; {@code nonce} null means the caller has none to compare
     * (the agent sign-in, where the token was obtained by the agent's own client).
     */
    public static void check(IdTokenClaims token, String issuer, String clientId, String nonce, Instant now) {
        if (!idTokenType(token.type())) {
            throw SignInRefusedException.refused("The token is of type " + token.type() + " (its header typ), not an ID token:"
                    + " an access token or another kind of token does not sign anyone in.");
        }
        Object typeClaim = token.claims().get("typ");
        if (typeClaim != null && !(typeClaim instanceof String t && t.equalsIgnoreCase("ID"))) {
            throw SignInRefusedException.refused("The token is of type " + typeClaim + " (its typ claim), not an ID token:"
                    + " an access token or another kind of token does not sign anyone in.");
        }
        if (!sameIssuer(token.issuer(), issuer)) {
            throw SignInRefusedException.refused("The token was issued by " + token.issuer()
                    + ", not by the configured identity provider " + issuer + ".");
        }
        if (!token.audience().contains(clientId)) {
            throw SignInRefusedException.refused("The token is not meant for this application: its audience "
                    + token.audience() + " does not contain the client id " + clientId + ".");
        }
        if (token.audience().size() > 1 && token.authorizedParty() == null) {
            throw SignInRefusedException.refused("The token has several audiences " + token.audience()
                    + " but no authorized party (azp) naming the client id " + clientId + ".");
        }
        if (token.audience().size() > 1 && !token.authorizedParty().equals(clientId)) {
            throw SignInRefusedException.refused("The token has several audiences and was issued to the client "
                    + token.authorizedParty() + " (its authorized party, azp), not to this application's client id " + clientId + ".");
        }
        if (token.expiresAt() == null || now.isAfter(token.expiresAt().plus(SKEW))) {
            throw SignInRefusedException.refused(token.expiresAt() == null ? "The token has no expiry (exp)."
                    : "The token expired at " + token.expiresAt() + ".");
        }
        if (token.issuedAt() == null) {
            throw SignInRefusedException.refused("The token has no issue time (iat).");
        }
        if (token.issuedAt().isAfter(now.plus(SKEW))) {
            throw SignInRefusedException.refused("The token claims to be issued in the future (" + token.issuedAt() + ").");
        }
        if (token.notBefore() != null && token.notBefore().isAfter(now.plus(SKEW))) {
            throw SignInRefusedException.refused("The token is not valid before " + token.notBefore() + " (nbf): it is not valid yet.");
        }
        if (nonce != null && !Objects.equals(nonce, token.nonce())) {
            throw SignInRefusedException.refused("The token's nonce does not match this sign-in.");
        }
    }

    /** The user name the token carries in {@code claim}; refused if absent. */
    public static String userName(IdTokenClaims token, String claim) {
        String name = token.text(claim);
        if (name == null) {
            throw SignInRefusedException.refused("The token has no claim " + claim + " naming the user.");
        }
        return name;
    }

    /** Absent or JWT (RFC 7519 §5.1; media types compare without case, and the application/ prefix may be written). */
    private static boolean idTokenType(String type) {
        return type == null || type.equalsIgnoreCase("JWT") || type.equalsIgnoreCase("application/jwt");
    }

    /** Issuers compare as texts (§3.1.3.7 item 2); a trailing slash is the one difference providers disagree on. */
    public static boolean sameIssuer(String a, String b) {
        return a != null && b != null && strip(a).equals(strip(b));
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
