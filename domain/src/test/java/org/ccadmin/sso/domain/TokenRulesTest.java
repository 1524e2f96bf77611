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
        return new IdTokenClaims(issuer, audience, expiresIn == null ? null : now.plus(expiresIn), now.minus(issuedAgo), nonce,
                Map.of("preferred_username", "jdoe", "groups", List.of("a", "b"), "role", "c"));
    }

    private String refusal(IdTokenClaims t, String nonce) {
        return assertThrows(SignInRefusedException.class, () -> TokenRules.check(t, ISSUER, "ccadmin", nonce, clock.instant()))
                .getMessage();
    }

    @Test
    void aGoodTokenPassesAndATrailingSlashOfTheIssuerDoesNotMatter() {
        assertDoesNotThrow(() -> TokenRules.check(token(ISSUER + "/", List.of("ccadmin", "x"), Duration.ofMinutes(5),
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
    void theUserNameAndGroupsComeFromTheConfiguredClaims() {
        IdTokenClaims t = token(ISSUER, List.of("ccadmin"), Duration.ofMinutes(5), Duration.ZERO, null);
        assertEquals("jdoe", TokenRules.userName(t, "preferred_username"));
        assertTrue(assertThrows(SignInRefusedException.class, () -> TokenRules.userName(t, "email")).getMessage().contains("email"));
        assertEquals(List.of("a", "b"), t.groups("groups"));
        assertEquals(List.of("c"), t.groups("role"));
        assertEquals(List.of(), t.groups(null));
    }
}
