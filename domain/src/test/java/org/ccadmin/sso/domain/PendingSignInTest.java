package org.ccadmin.sso.domain;

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
    void whenTheTableIsFullTheOldestAreEvictedSoThatTheNewOneFits() {
        assertEquals(0, PendingSignIn.toEvict(0, 1000));
        assertEquals(0, PendingSignIn.toEvict(998, 1000));
        assertEquals(0, PendingSignIn.toEvict(999, 1000), "the thousandth still fits");
        assertEquals(1, PendingSignIn.toEvict(1000, 1000));
        assertEquals(1, PendingSignIn.toEvict(0, 1) + PendingSignIn.toEvict(1, 1));
        assertEquals(9001, PendingSignIn.toEvict(10_000, 1000), "a lowered cap evicts down to it");
        assertEquals(Integer.MAX_VALUE, PendingSignIn.toEvict(Long.MAX_VALUE - 1, 1));
        assertThrows(IllegalArgumentException.class, () -> PendingSignIn.toEvict(5, 0));
    }

    @Test
    void theCapIsAHundredThousandUnlessTheSystemPropertySetsAnother() {
        assertEquals(100_000, PendingSignIn.cap(null));
        assertEquals(100_000, PendingSignIn.cap(" "));
        assertEquals(1000, PendingSignIn.cap("1000"));
        assertEquals(1, PendingSignIn.cap(" 1 "));
        for (String bad : new String[] {"0", "-5", "ten", "1e5", "99999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PendingSignIn.cap(bad), bad);
            assertTrue(e.getMessage().contains("ccadmin.sso.max-pending-sign-ins") && e.getMessage().contains("'" + bad + "'"),
                    e.getMessage());
        }
    }
}
