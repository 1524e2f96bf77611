package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.authorized;
import static org.ccadmin.licensing.domain.LicensingFixtures.certificate;
import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.fresh;
import static org.ccadmin.licensing.domain.LicensingFixtures.ready;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccadmin.shared.domain.ConflictException;
import org.junit.jupiter.api.Test;

class LicenseEventsTest {

    @Test
    void registeringCarriesTheOldAndTheNewState() {
        ProductInstance p = ready();
        p.takeEvents();
        LicenseStateChanged e = p.register(certificate("VA-East", day(5)), authorized(p, day(5)), day(5));
        assertEquals(LicenseChangeCause.REGISTERED, e.cause());
        assertEquals(day(5), e.at());
        assertEquals(RegistrationStatus.UNREGISTERED, e.from().registrationStatus());
        assertEquals(AuthorizationStatus.EVALUATION, e.from().authorizationStatus());
        assertEquals(RegistrationStatus.REGISTERED, e.to().registrationStatus());
        assertEquals(AuthorizationStatus.AUTHORIZED, e.to().authorizationStatus());
        assertTrue(e.statusChanged());
        assertEquals(List.of(e), p.takeEvents());
    }

    @Test
    void deregisteringCarriesTheOldAndTheNewState() {
        LicenseStateChanged e = registeredAt(day(5)).deregister(DeregistrationOutcome.RELEASED, day(20));
        assertEquals(LicenseChangeCause.DEREGISTERED, e.cause());
        assertEquals(RegistrationStatus.REGISTERED, e.from().registrationStatus());
        assertEquals(RegistrationStatus.UNREGISTERED, e.to().registrationStatus());
        assertEquals(AuthorizationStatus.EVALUATION, e.to().authorizationStatus());
    }

    @Test
    void reregisteringShowsTheMoveBetweenVirtualAccounts() {
        ProductInstance p = registeredAt(day(5));
        LicenseStateChanged e = p.reregister(certificate("VA-West", day(20)), authorized(p, day(20)), day(20));
        assertEquals(LicenseChangeCause.REREGISTERED, e.cause());
        assertEquals("VA-East", e.from().virtualAccount());
        assertEquals("VA-West", e.to().virtualAccount());
    }

    @Test
    void aRenewalIsAnEventEvenWhenTheStatusesStay() {
        ProductInstance p = registeredAt(day(0));
        LicenseStateChanged e = p.renewAuthorization(authorized(p, day(30)), day(30));
        assertEquals(LicenseChangeCause.AUTHORIZATION_RENEWED, e.cause());
        assertFalse(e.statusChanged());
        assertEquals(day(0), e.from().authorizationStatusAt());
        assertEquals(day(30), e.to().authorizationStatusAt());
    }

    @Test
    void selectingALicenseTypeCarriesTheLinesBeforeAndAfter() {
        LicenseStateChanged e = fresh().selectLicenseType(LicenseType.PERPETUAL, UsageMode.PRODUCTION, day(1));
        assertEquals(List.of(), e.from().entitlements());
        assertEquals(3, e.to().entitlements().size());
        assertEquals(LicenseType.PERPETUAL, e.to().licenseType());
    }

    @Test
    void observingReportsAPassedDeadlineOnce() {
        ProductInstance p = fresh();
        LicenseStateChanged e = p.observe(day(90)).orElseThrow();
        assertEquals(LicenseChangeCause.DEADLINE_PASSED, e.cause());
        assertEquals(AuthorizationStatus.EVALUATION, e.from().authorizationStatus());
        assertEquals(AuthorizationStatus.EVALUATION_EXPIRED, e.to().authorizationStatus());
        assertTrue(e.to().isEnforced());
        assertTrue(p.observe(day(91)).isEmpty());
        assertEquals(List.of(e), p.takeEvents());
    }

    @Test
    void observingIsSilentWhileNothingChanged() {
        ProductInstance p = registeredAt(day(0));
        assertTrue(p.observe(day(30)).isEmpty(), "a renewal falling due is a duty, not a state change");
        assertTrue(p.takeEvents().isEmpty());
    }

    @Test
    void observingAnEarlierInstantChangesNothing() {
        ProductInstance p = fresh();
        p.observe(day(95));
        assertTrue(p.observe(day(50)).isEmpty());
        assertTrue(p.observe(day(96)).isEmpty());
    }

    @Test
    void authorizationExpiryAndEnforcementAreReportedAsTheyPass() {
        ProductInstance p = registeredAt(day(0));
        LicenseStateChanged expired = p.observe(day(90)).orElseThrow();
        assertEquals(AuthorizationStatus.AUTHORIZED, expired.from().authorizationStatus());
        assertEquals(AuthorizationStatus.AUTHORIZATION_EXPIRED, expired.to().authorizationStatus());
        assertFalse(expired.to().isEnforced());
        LicenseStateChanged enforced = p.observe(day(180)).orElseThrow();
        assertFalse(enforced.from().isEnforced());
        assertTrue(enforced.to().isEnforced());
    }

    @Test
    void aDeadlinePassedUnnoticedIsReportedBeforeTheVerbThatFollows() {
        ProductInstance p = ready();
        p.takeEvents();
        p.register(certificate("VA-East", day(95)), authorized(p, day(95)), day(95));
        List<LicenseStateChanged> events = p.takeEvents();
        assertEquals(List.of(LicenseChangeCause.DEADLINE_PASSED, LicenseChangeCause.REGISTERED),
                events.stream().map(LicenseStateChanged::cause).toList());
        assertEquals(AuthorizationStatus.EVALUATION_EXPIRED, events.get(1).from().authorizationStatus());
        assertEquals(events.get(0).to(), events.get(1).from());
    }

    @Test
    void aRefusedVerbRecordsNothing() {
        ProductInstance p = registeredAt(day(0));
        assertThrows(ConflictException.class,
                () -> p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.PRODUCTION, day(200)));
        assertTrue(p.takeEvents().isEmpty());
    }

    @Test
    void takingTheEventsEmptiesTheList() {
        ProductInstance p = fresh();
        p.selectLicenseType(LicenseType.FLEX, UsageMode.PRODUCTION, day(1));
        assertEquals(1, p.takeEvents().size());
        assertTrue(p.takeEvents().isEmpty());
    }
}
