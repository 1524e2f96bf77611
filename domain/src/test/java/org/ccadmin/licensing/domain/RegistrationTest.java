package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.authorized;
import static org.ccadmin.licensing.domain.LicensingFixtures.certificate;
import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.fresh;
import static org.ccadmin.licensing.domain.LicensingFixtures.months;
import static org.ccadmin.licensing.domain.LicensingFixtures.ready;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static List<String> fields(ConflictException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void registerIsRefusedWithoutALicenseType() {
        ProductInstance p = fresh();
        p.configureTransport(TransportSettings.direct());
        ConflictException e = assertThrows(ConflictException.class, p::checkCanRegister);
        assertEquals("conflict.registrationNotReady", e.code());
        assertEquals(List.of("licenseType"), fields(e));
        assertEquals("Select the license type and usage mode before registering.", e.getMessage());
    }

    @Test
    void registerIsRefusedWithoutTransportSettings() {
        ProductInstance p = fresh();
        p.selectLicenseType(LicenseType.FLEX, UsageMode.PRODUCTION, day(1));
        ConflictException e = assertThrows(ConflictException.class,
                () -> p.register(certificate("VA-East", day(1)), authorized(p, day(1)), day(1)));
        assertEquals(List.of("transport"), fields(e));
        assertEquals(RegistrationStatus.UNREGISTERED, p.status(day(1)).registrationStatus());
    }

    @Test
    void registerWithNeitherNamesBoth() {
        ConflictException e = assertThrows(ConflictException.class, () -> fresh().checkCanRegister());
        assertEquals(List.of("licenseType", "transport"), fields(e));
    }

    @Test
    void successfulRegistrationFillsTheStatusTable() {
        ProductInstance p = ready();
        IdCertificate cert = new IdCertificate("PI-9", "SN-77", "Example Corp", "VA-East", true, day(3), day(368));
        p.register(cert, authorized(p, day(3)), day(3));
        LicensingStatus s = p.status(day(4));
        assertEquals(RegistrationStatus.REGISTERED, s.registrationStatus());
        assertEquals(day(3), s.registrationStatusAt());
        assertEquals(AuthorizationStatus.AUTHORIZED, s.authorizationStatus());
        assertEquals(day(3), s.authorizationStatusAt());
        assertEquals(ExportControlledFunctionality.ALLOWED, s.exportControlledFunctionality());
        assertEquals("Example Corp", s.smartAccount());
        assertEquals("VA-East", s.virtualAccount());
        assertEquals(LicensingFixtures.NAME, s.productInstanceName());
        assertEquals("SN-77", s.serialNumber());
        assertTrue(s.entitlements().stream().allMatch(l -> l.status() == EntitlementStatus.IN_COMPLIANCE));
    }

    @Test
    void exportControlledFunctionalityIsNotAllowedWhenTheTokenDidNotAllowIt() {
        assertEquals(ExportControlledFunctionality.NOT_ALLOWED,
                registeredAt(day(3)).status(day(4)).exportControlledFunctionality());
    }

    @Test
    void registeringTwiceIsRefused() {
        ProductInstance p = registeredAt(day(3));
        ConflictException e = assertThrows(ConflictException.class,
                () -> p.register(certificate("VA-West", day(4)), authorized(p, day(4)), day(4)));
        assertEquals("conflict.alreadyRegistered", e.code());
        assertEquals("VA-East", p.status(day(4)).virtualAccount());
    }

    @Test
    void registrationRenewalIsDueAtSixMonths() {
        ProductInstance p = registeredAt(day(10));
        Instant sixMonths = months(day(10), 6);
        assertFalse(p.due(sixMonths.minusSeconds(1)).includes(DueAction.RENEW_REGISTRATION));
        assertTrue(p.due(sixMonths).includes(DueAction.RENEW_REGISTRATION));
    }

    @Test
    void sixMonthsAreCalendarMonths() {
        ProductInstance p = ready();
        Instant aug31 = Instant.parse("2026-08-31T10:00:00Z");
        p.register(certificate("VA-East", aug31), authorized(p, aug31), aug31);
        assertEquals(Instant.parse("2027-02-28T10:00:00Z"), p.deadlines().registrationRenewalDueAt());
        assertEquals(Instant.parse("2027-08-31T10:00:00Z"), p.deadlines().registrationExpiresAt());
    }

    @Test
    void registrationExpiresAfter12MonthsWithoutRenewal() {
        ProductInstance p = ready();
        Instant at = day(10);
        p.register(certificate("VA-East", at, months(at, 24)), authorized(p, at), at);
        Instant twelveMonths = months(at, 12);
        assertEquals(RegistrationStatus.REGISTERED, p.status(twelveMonths.minusSeconds(1)).registrationStatus());
        LicensingStatus s = p.status(twelveMonths);
        assertEquals(RegistrationStatus.REGISTRATION_EXPIRED, s.registrationStatus());
        assertEquals(twelveMonths, s.registrationStatusAt());
        assertEquals("Registration Expired", s.registrationStatus().displayText());
    }

    @Test
    void aCertificateThatExpiresEarlierEndsTheRegistrationEarlier() {
        ProductInstance p = ready();
        p.register(certificate("VA-East", day(10), day(100)), authorized(p, day(10)), day(10));
        assertEquals(RegistrationStatus.REGISTRATION_EXPIRED, p.status(day(100)).registrationStatus());
    }

    @Test
    void exportControlledFunctionalityEndsWithTheRegistration() {
        ProductInstance p = ready();
        p.register(new IdCertificate("PI", "SN", "SA", "VA", true, day(1), day(400)), authorized(p, day(1)), day(1));
        assertEquals(ExportControlledFunctionality.NOT_ALLOWED,
                p.status(months(day(1), 12)).exportControlledFunctionality());
    }

    @Test
    void renewingTheRegistrationMovesTheDeadlinesButNotTheRegistrationDate() {
        ProductInstance p = registeredAt(day(10));
        Instant renewal = months(day(10), 6);
        p.renewRegistration(certificate("VA-East", renewal), renewal);
        assertEquals(months(renewal, 6), p.deadlines().registrationRenewalDueAt());
        assertEquals(months(renewal, 12), p.deadlines().registrationExpiresAt());
        assertEquals(day(10), p.status(renewal).registrationStatusAt());
        assertFalse(p.due(renewal).includes(DueAction.RENEW_REGISTRATION));
    }

    @Test
    void renewingAnExpiredRegistrationIsRefused() {
        ProductInstance p = registeredAt(day(10));
        Instant late = months(day(10), 13);
        ConflictException e = assertThrows(ConflictException.class,
                () -> p.renewRegistration(certificate("VA-East", late), late));
        assertEquals("conflict.registrationExpired", e.code());
        assertTrue(e.getMessage().contains("reregister"), e.getMessage());
    }

    @Test
    void reregisteringRecoversAnExpiredRegistration() {
        ProductInstance p = registeredAt(day(10));
        Instant late = months(day(10), 13);
        p.reregister(certificate("VA-East", late), authorized(p, late), late);
        LicensingStatus s = p.status(late.plus(Duration.ofHours(1)));
        assertEquals(RegistrationStatus.REGISTERED, s.registrationStatus());
        assertEquals(AuthorizationStatus.AUTHORIZED, s.authorizationStatus());
        assertEquals(late, s.registrationStatusAt());
    }

    @Test
    void reregisteringMovesTheInstanceToAnotherVirtualAccount() {
        ProductInstance p = registeredAt(day(10));
        p.reregister(certificate("VA-West", day(40)), authorized(p, day(40)), day(40));
        LicensingStatus s = p.status(day(41));
        assertEquals("VA-West", s.virtualAccount());
        assertEquals(RegistrationStatus.REGISTERED, s.registrationStatus());
        assertEquals(day(40), s.registrationStatusAt());
    }

    @Test
    void reregisteringANeverRegisteredInstanceIsRefused() {
        ConflictException e = assertThrows(ConflictException.class, () -> ready().checkCanReregister());
        assertEquals("conflict.notRegistered", e.code());
    }

    @Test
    void transportMayChangeWhileRegistered() {
        ProductInstance p = registeredAt(day(10));
        p.configureTransport(TransportSettings.httpProxy("proxy.example.com", 3128));
        assertEquals(ConnectionMode.HTTP_PROXY, p.transport().mode());
        assertEquals(RegistrationStatus.REGISTERED, p.status(day(11)).registrationStatus());
    }
}
