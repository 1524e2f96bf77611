package org.ccadmin.authority.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ccadmin.licensing.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

class IssuedTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final String TEXT = "abcdefghij".repeat(6) + "klmn";

    private static IssuedToken token(Integer days, Integer maxUses) {
        VirtualAccount account = VirtualAccount.defaultOf(SmartAccount.create("Acme", NOW), NOW);
        return IssuedToken.issue(account, new IssuedToken.Request(" lab ", days, maxUses, null), "key", TEXT, NOW);
    }

    @Test
    void theDefaultsAreThirtyDaysOneUseAndExportAllowed() {
        IssuedToken t = token(null, null);
        assertEquals(NOW.plus(30, ChronoUnit.DAYS), t.expiresAt());
        assertEquals(1, t.maxUses());
        assertTrue(t.exportControlled());
        assertEquals("lab", t.description());
        assertEquals("abcdefgh", t.hint());
    }

    @Test
    void aTokenExpiresAtTheEndOfItsValidity() {
        IssuedToken t = token(1, 5);
        t.use(NOW.plus(1, ChronoUnit.DAYS).minusSeconds(1));
        assertEquals(IssuedToken.Status.EXPIRED, t.status(NOW.plus(1, ChronoUnit.DAYS)));
        ProtocolException e = assertThrows(ProtocolException.class, () -> t.use(NOW.plus(1, ChronoUnit.DAYS)));
        assertEquals(ProtocolException.TOKEN_EXPIRED, e.code());
        assertEquals(1, t.uses());
    }

    @Test
    void aTokenIsUsedUpAfterItsMaximumUses() {
        IssuedToken t = token(null, 2);
        t.use(NOW);
        t.use(NOW);
        assertEquals(ProtocolException.TOKEN_EXHAUSTED, assertThrows(ProtocolException.class, () -> t.use(NOW)).code());
    }

    @Test
    void aRevokedTokenIsRefusedEvenBeforeItExpires() {
        IssuedToken t = token(null, 3);
        t.revoke(NOW);
        assertEquals(ProtocolException.TOKEN_REVOKED, assertThrows(ProtocolException.class, () -> t.use(NOW)).code());
        assertThrows(ConflictException.class, () -> t.revoke(NOW));
    }

    @Test
    void validityAndUsesAreBounded() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> token(366, 0));
        assertEquals(2, e.errors().size());
        assertEquals("expiresAfterDays", e.errors().get(0).field());
        assertEquals("maxUses", e.errors().get(1).field());
        assertEquals(NOW.plus(365, ChronoUnit.DAYS), token(365, 1).expiresAt());
    }
}
