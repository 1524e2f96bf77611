package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.ready;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccadmin.shared.domain.ConflictException;
import org.junit.jupiter.api.Test;

class DeregistrationTest {

    @Test
    void deregisteringReturnsToEvaluationWhileTheEvaluationPeriodLasts() {
        ProductInstance p = registeredAt(day(10));
        p.deregister(DeregistrationOutcome.RELEASED, day(40));
        LicensingStatus s = p.status(day(40));
        assertEquals(RegistrationStatus.UNREGISTERED, s.registrationStatus());
        assertEquals(day(40), s.registrationStatusAt());
        assertEquals(AuthorizationStatus.EVALUATION, s.authorizationStatus());
        assertEquals(day(40), s.authorizationStatusAt());
        assertTrue(s.entitlements().stream().allMatch(l -> l.status() == EntitlementStatus.EVALUATION));
        assertNull(s.virtualAccount());
        assertNull(s.serialNumber());
    }

    @Test
    void theEvaluationPeriodStillEndsNinetyDaysAfterTheFirstStart() {
        ProductInstance p = registeredAt(day(10));
        p.deregister(DeregistrationOutcome.RELEASED, day(40));
        assertEquals(AuthorizationStatus.EVALUATION, p.status(day(89, 23)).authorizationStatus());
        assertEquals(AuthorizationStatus.EVALUATION_EXPIRED, p.status(day(90)).authorizationStatus());
    }

    @Test
    void deregisteringAfterTheEvaluationPeriodIsEvaluationExpiredAndEnforced() {
        ProductInstance p = registeredAt(day(10));
        p.deregister(DeregistrationOutcome.RELEASED, day(100));
        LicensingStatus s = p.status(day(100));
        assertEquals(AuthorizationStatus.EVALUATION_EXPIRED, s.authorizationStatus());
        assertEquals(new Enforcement(EnforcementReason.EVALUATION_EXPIRY, day(100)), s.enforcement());
    }

    @Test
    void anUnreachableAuthorityDeregistersLocallyAndSaysSo() {
        ProductInstance p = registeredAt(day(10));
        LicenseStateChanged e = p.deregister(DeregistrationOutcome.AUTHORITY_UNREACHABLE, day(40));
        assertEquals(LicenseChangeCause.DEREGISTERED_LOCALLY, e.cause());
        assertEquals(RegistrationStatus.UNREGISTERED, p.status(day(40)).registrationStatus());
    }

    @Test
    void anExpiredRegistrationCanBeDeregistered() {
        ProductInstance p = registeredAt(day(10));
        p.deregister(DeregistrationOutcome.AUTHORITY_UNREACHABLE, day(400));
        assertEquals(RegistrationStatus.UNREGISTERED, p.status(day(400)).registrationStatus());
    }

    @Test
    void deregisteringAnUnregisteredInstanceIsRefused() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> ready().deregister(DeregistrationOutcome.RELEASED, day(1)));
        assertEquals("conflict.notRegistered", e.code());
    }

    @Test
    void aDeregisteredInstanceCanRegisterAgain() {
        ProductInstance p = registeredAt(day(10));
        p.deregister(DeregistrationOutcome.RELEASED, day(40));
        p.register(LicensingFixtures.certificate("VA-West", day(41)), LicensingFixtures.authorized(p, day(41)), day(41));
        assertEquals("VA-West", p.status(day(41)).virtualAccount());
    }
}
