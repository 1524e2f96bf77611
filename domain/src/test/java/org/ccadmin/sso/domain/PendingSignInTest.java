package org.ccadmin.sso.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PendingSignInTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aSignInExpiresAfterItsLifetimeAndTheCutoffAgrees() {
        Instant now = clock.instant();
        PendingSignIn atTheLimit = new PendingSignIn("s", "n", "v", null, now.minus(PendingSignIn.LIFETIME), "b");
        PendingSignIn late = new PendingSignIn("s", "n", "v", null, now.minus(PendingSignIn.LIFETIME).minusSeconds(1), "b");
        assertFalse(atTheLimit.expired(now));
        assertTrue(late.expired(now));
        assertEquals(now.minus(Duration.ofMinutes(10)), PendingSignIn.expiredBefore(now));
    }

    @Test
    void noMoreThanTheCapArePendingAtOnce() {
        assertDoesNotThrow(() -> PendingSignIn.admitAnother(PendingSignIn.MAX_IN_PROGRESS - 1));
        SignInRefusedException full = assertThrows(SignInRefusedException.class,
                () -> PendingSignIn.admitAnother(PendingSignIn.MAX_IN_PROGRESS));
        assertEquals(SignInRefusedException.REFUSED, full.code());
        assertTrue(full.getMessage().contains("Try again shortly"), full.getMessage());
        assertThrows(SignInRefusedException.class, () -> PendingSignIn.admitAnother(PendingSignIn.MAX_IN_PROGRESS + 5));
    }
}
