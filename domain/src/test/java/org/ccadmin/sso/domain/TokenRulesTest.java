package org.ccadmin.sso.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    private static final String ISSUER = "https://idp.example.com/realms/cc";
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    private IdTokenClaims token(String issuer, List<String> audience, Duration expiresIn, Duration issuedAgo, String nonce) {
        Instant now = clock.instant();
        return new IdTokenClaims(null, issuer, audience, null, expiresIn == null ? null : now.plus(expiresIn), now.minus(issuedAgo),
                null, nonce, Map.of("preferred_username", "jdoe", "groups", List.of("a", "b"), "role", "c"));
    }

    /** A good token for the client ccadmin, with the header typ, audience, azp, iat and nbf given. */
    private IdTokenClaims typed(String type, List<String> audience, String azp, Instant issuedAt, Instant notBefore) {
        return new IdTokenClaims(type, ISSUER, audience, azp, clock.instant().plus(Duration.ofMinutes(5)), issuedAt, notBefore,
                null, Map.of());
    }

    private void accepted(IdTokenClaims t) {
        assertDoesNotThrow(() -> TokenRules.check(t, ISSUER, "ccadmin", null, clock.instant()));
    }

    private String refusal(IdTokenClaims t, String nonce) {
        return assertThrows(SignInRefusedException.class, () -> TokenRules.check(t, ISSUER, "ccadmin", nonce, clock.instant()))
                .getMessage();
    }

    @Test
    void aGoodTokenPassesAndATrailingSlashOfTheIssuerDoesNotMatter() {
        assertDoesNotThrow(() -> TokenRules.check(token(ISSUER + "/", List.of("ccadmin"), Duration.ofMinutes(5),
                Duration.ZERO, "n1"), ISSUER, "ccadmin", "n1", clock.instant()));
    }

    @Test
    void eachFailedCheckIsRefusedSayingWhich() {
        assertTrue(refusal(token("https://other.example.com", List.of("ccadmin"), Duration.ofMinutes(5), Duration.ZERO, null), null)
                .contains("issued by https://other.example.com"));
        assertTrue(refusal(token(ISSUER, List.of("someone-else"), Duration.ofMinutes(5), Duration.ZERO, null), null)
                .contains("audience"));
        assertTrue(refusal(token(ISSUER, List.of("ccadmin"), Duration.ofMinutes(-2), Duration.ofMinutes(10), null), null)
                .contains("expired"));
        assertTrue(refusal(token(ISSUER, List.of("ccadmin"), null, Duration.ZERO, null), null).contains("no expiry"));
        assertTrue(refusal(token(ISSUER, List.of("ccadmin"), Duration.ofMinutes(20), Duration.ofMinutes(-5), null), null)
                .contains("future"));
        assertTrue(refusal(token(ISSUER, List.of("ccadmin"), Duration.ofMinutes(5), Duration.ZERO, "other"), "n1").contains("nonce"));
        assertTrue(refusal(token(ISSUER, List.of("ccadmin"), Duration.ofMinutes(5), Duration.ZERO, null), "n1").contains("nonce"));
    }

    @Test
    void aSmallClockSkewIsTolerated() {
        assertDoesNotThrow(() -> TokenRules.check(token(ISSUER, List.of("ccadmin"), Duration.ofSeconds(-30), Duration.ofMinutes(5), null),
                ISSUER, "ccadmin", null, clock.instant()));
    }

    @Test
    void aTokenNotValidYetIsRefusedBeyondTheSkew() {
        Instant now = clock.instant();
        assertTrue(refusal(typed(null, List.of("ccadmin"), null, now, now.plus(Duration.ofMinutes(2))), null)
                .contains("not valid before " + now.plus(Duration.ofMinutes(2)) + " (nbf)"));
        accepted(typed(null, List.of("ccadmin"), null, now, now.plus(Duration.ofSeconds(50))));
        accepted(typed(null, List.of("ccadmin"), null, now, now.minus(Duration.ofMinutes(1))));
    }

    @Test
    void aTokenWithoutIssueTimeIsRefused() {
        assertTrue(refusal(typed(null, List.of("ccadmin"), null, null, null), null).contains("no issue time (iat)"));
    }

    @Test
    void withSeveralAudiencesTheAuthorizedPartyMustBeThisClient() {
        Instant now = clock.instant();
        assertTrue(refusal(typed(null, List.of("ccadmin", "reporting"), null, now, null), null)
                .contains("several audiences [ccadmin, reporting] but no authorized party (azp)"));
        assertTrue(refusal(typed(null, List.of("ccadmin", "reporting"), "reporting", now, null), null)
                .contains("issued to the client reporting (its authorized party, azp)"));
        accepted(typed(null, List.of("ccadmin", "reporting"), "ccadmin", now, null));
    }

    @Test
    void withThisClientAsTheOnlyAudienceAnotherPresenterIsAccepted() {
        accepted(typed(null, List.of("ccadmin"), "agent-desktop", clock.instant(), null));
        accepted(typed(null, List.of("ccadmin"), "ccadmin", clock.instant(), null));
    }

    @Test
    void onlyAnIdTokenSignsInNotAnAccessToken() {
        Instant now = clock.instant();
        assertTrue(refusal(typed("at+jwt", List.of("ccadmin"), null, now, null), null)
                .contains("of type at+jwt (its header typ), not an ID token"));
        assertTrue(refusal(typed("application/at+jwt", List.of("ccadmin"), null, now, null), null).contains("not an ID token"));
        accepted(typed(null, List.of("ccadmin"), null, now, null));
        accepted(typed("JWT", List.of("ccadmin"), null, now, null));
        accepted(typed("jwt", List.of("ccadmin"), null, now, null));
        accepted(typed("application/jwt", List.of("ccadmin"), null, now, null));
    }

    /** Keycloak's access tokens say JWT in the header and {@code "typ": "Bearer"} in the payload; its ID tokens say ID. */
    @Test
    void aTypClaimOtherThanIdIsRefusedEvenWhenTheHeaderSaysJwt() {
        Instant now = clock.instant();
        assertTrue(refusal(withTypClaim("JWT", "Bearer"), null).contains("of type Bearer (its typ claim), not an ID token"));
        assertTrue(refusal(withTypClaim(null, "Refresh"), null).contains("of type Refresh (its typ claim)"));
        assertTrue(refusal(withTypClaim("JWT", 1L), null).contains("of type 1 (its typ claim)"), "a typ claim that is not a text");
        accepted(withTypClaim("JWT", "ID"));
        accepted(withTypClaim(null, "id"));
        accepted(typed("JWT", List.of("ccadmin"), null, now, null));
    }

    private IdTokenClaims withTypClaim(String headerType, Object typClaim) {
        return new IdTokenClaims(headerType, ISSUER, List.of("ccadmin"), null, clock.instant().plus(Duration.ofMinutes(5)),
                clock.instant(), null, null, Map.of("typ", typClaim));
    }

    @Test
    void theUserNameAndGroupsComeFromTheConfiguredClaims() {
        IdTokenClaims t = token(ISSUER, List.of("ccadmin"), Duration.ofMinutes(5), Duration.ZERO, null);
        assertEquals("jdoe", TokenRules.userName(t, "preferred_username"));
        assertTrue(assertThrows(SignInRefusedException.class, () -> TokenRules.userName(t, "email")).getMessage().contains("email"));
        assertEquals(List.of("a", "b"), t.groups("groups"));
        assertEquals(List.of("c"), t.groups("role"));
        assertEquals(List.of(), t.groups(null));
    }
}
