package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.authorized;
import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.months;
import static org.ccadmin.licensing.domain.LicensingFixtures.ready;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a timer does: one call answers "anything to renew now, and when to look again". */
class DueTest {

    @Test
    void nothingIsDueWhileUnregisteredButTheEvaluationEndIsAhead() {
        Due due = ready().due(day(10));
        assertTrue(due.isNothing());
        assertEquals(day(90), due.nextDeadline());
    }

    @Test
    void nothingIsAheadOnceTheEvaluationExpired() {
        Due due = ready().due(day(95));
        assertTrue(due.isNothing());
        assertNull(due.nextDeadline());
    }

    @Test
    void nothingIsDueRightAfterRegisteringAndTheAuthorizationRenewalIsNext() {
        Due due = registeredAt(day(0)).due(day(1));
        assertTrue(due.isNothing());
        assertEquals(day(30), due.nextDeadline());
    }

    @Test
    void registrationRenewalGoesFirstWhenBothAreDue() {
        ProductInstance p = registeredAt(day(0));
        assertEquals(List.of(DueAction.RENEW_REGISTRATION, DueAction.RENEW_AUTHORIZATION),
                p.due(months(day(0), 6)).actions());
    }

    @Test
    void aTimerThatRenewsOnTimeKeepsTheInstanceAuthorized() {
        ProductInstance p = registeredAt(day(0));
        for (Instant now = day(0); now.isBefore(day(730)); now = now.plusSeconds(86_400)) {
            Due due = p.due(now);
            if (due.includes(DueAction.RENEW_REGISTRATION)) {
                p.renewRegistration(LicensingFixtures.certificate("VA-East", now), now);
            }
            if (due.includes(DueAction.RENEW_AUTHORIZATION)) {
                p.renewAuthorization(authorized(p, now), now);
            }
            assertEquals(AuthorizationStatus.AUTHORIZED, p.status(now).authorizationStatus(), now.toString());
            assertEquals(RegistrationStatus.REGISTERED, p.status(now).registrationStatus(), now.toString());
        }
    }

    @Test
    void nothingIsDueOnceTheRegistrationExpiredBecauseReregisteringIsManual() {
        ProductInstance p = registeredAt(day(0));
        assertTrue(p.due(months(day(0), 12)).isNothing());
    }
}
