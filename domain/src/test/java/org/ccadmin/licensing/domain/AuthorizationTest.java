package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.authorized;
import static org.ccadmin.licensing.domain.LicensingFixtures.authorizedForYears;
import static org.ccadmin.licensing.domain.LicensingFixtures.certificate;
import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.months;
import static org.ccadmin.licensing.domain.LicensingFixtures.ready;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The instance registers at day 0 (its first start) unless a test says otherwise. */
class AuthorizationTest {

    private static ProductInstance registeredWithLongAnswers() {
        ProductInstance p = ready();
        p.register(certificate("VA-East", day(0)), authorizedForYears(p, day(0)), day(0));
        return p;
    }

    @Test
    void authorizationRenewalIsDueAtDay30() {
        ProductInstance p = registeredAt(day(0));
        assertFalse(p.due(day(29, 23)).includes(DueAction.RENEW_AUTHORIZATION));
        assertEquals(List.of(DueAction.RENEW_AUTHORIZATION), p.due(day(30)).actions());
    }

    @Test
    void aRenewalStartsTheNext30Days() {
        ProductInstance p = registeredAt(day(0));
        p.renewAuthorization(authorized(p, day(30)), day(30));
        assertTrue(p.due(day(31)).isNothing());
        assertTrue(p.due(day(60)).includes(DueAction.RENEW_AUTHORIZATION));
        assertEquals(day(30), p.status(day(31)).authorizationStatusAt());
    }

    @Test
    void authorizationRenewalStaysDueUntilItSucceeds() {
        ProductInstance p = registeredAt(day(0));
        assertTrue(p.due(day(45)).includes(DueAction.RENEW_AUTHORIZATION));
        assertTrue(p.due(day(120)).includes(DueAction.RENEW_AUTHORIZATION));
    }

    @Test
    void authorizationExpiresAtDay90WithoutContact() {
        ProductInstance p = registeredWithLongAnswers();
        assertEquals(AuthorizationStatus.AUTHORIZED, p.status(day(89, 23)).authorizationStatus());
        LicensingStatus s = p.status(day(90));
        assertEquals(AuthorizationStatus.AUTHORIZATION_EXPIRED, s.authorizationStatus());
        assertEquals(day(90), s.authorizationStatusAt());
        assertTrue(s.entitlements().stream().allMatch(l -> l.status() == EntitlementStatus.AUTHORIZATION_EXPIRED));
        assertFalse(s.isEnforced(), "expired authorization is a 90-day grace, not yet enforcement");
    }

    @Test
    void enforcementStartsOnlyAtDay180WithoutContact() {
        ProductInstance p = registeredWithLongAnswers();
        assertFalse(p.status(day(179, 23)).isEnforced());
        LicensingStatus s = p.status(day(180));
        assertEquals(new Enforcement(EnforcementReason.AUTHORIZATION_EXPIRY, day(180)), s.enforcement());
        assertEquals(AuthorizationStatus.AUTHORIZATION_EXPIRED, s.authorizationStatus());
    }

    @Test
    void renewingAnExpiredAuthorizationEndsEnforcement() {
        ProductInstance p = registeredAt(day(0));
        p.renewAuthorization(authorized(p, day(200)), day(200));
        LicensingStatus s = p.status(day(200));
        assertEquals(AuthorizationStatus.AUTHORIZED, s.authorizationStatus());
        assertFalse(s.isEnforced());
    }

    @Test
    void anEarlierExpiryFromTheAuthorityWins() {
        ProductInstance p = ready();
        Instant short60 = day(60);
        p.register(certificate("VA-East", day(0)), p.licenseLines().stream()
                .map(e -> Authorization.inCompliance(e, short60)).toList(), day(0));
        assertEquals(day(60), p.deadlines().authorizationExpiresAt());
        assertEquals(day(150), p.deadlines().enforcementStartsAt());
        assertEquals(AuthorizationStatus.AUTHORIZATION_EXPIRED, p.status(day(60)).authorizationStatus());
    }

    @Test
    void aLineTheAuthorityDidNotAnswerIsNotAuthorized() {
        ProductInstance p = ready();
        p.register(certificate("VA-East", day(0)), List.of(Authorization.inCompliance(Entitlement.STANDARD_AGENT, day(90))), day(0));
        LicensingStatus s = p.status(day(1));
        assertEquals(EntitlementStatus.IN_COMPLIANCE, s.entitlements().get(0).status());
        assertEquals(EntitlementStatus.NOT_AUTHORIZED, s.entitlements().get(1).status());
        assertEquals(AuthorizationStatus.UNAUTHORIZED, s.authorizationStatus());
    }

    @Test
    void anOutOfComplianceVerdictMakesTheInstanceOutOfCompliance() {
        ProductInstance p = ready();
        List<Authorization> answers = p.licenseLines().stream().map(e -> new Authorization(e,
                e == Entitlement.PREMIUM_AGENT ? EntitlementStatus.OUT_OF_COMPLIANCE : EntitlementStatus.IN_COMPLIANCE,
                day(90))).toList();
        p.register(certificate("VA-East", day(0)), answers, day(0));
        assertEquals(AuthorizationStatus.OUT_OF_COMPLIANCE, p.status(day(1)).authorizationStatus());
        assertFalse(p.status(day(1)).isEnforced());
    }

    @Test
    void theAuthorityCannotClaimALocallyDerivedStatus() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Authorization(Entitlement.PREMIUM_AGENT, EntitlementStatus.EVALUATION, day(90)));
        assertEquals("invalidInput.notAuthorityVerdict", e.errors().get(0).code());
    }

    @Test
    void twoAnswersForOneLineAreRefused() {
        ProductInstance p = registeredAt(day(0));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> p.renewAuthorization(List.of(
                Authorization.inCompliance(Entitlement.PREMIUM_AGENT, day(120)),
                Authorization.inCompliance(Entitlement.PREMIUM_AGENT, day(120))), day(30)));
        assertEquals("invalidInput.duplicate", e.errors().get(0).code());
        assertEquals(day(0), p.status(day(31)).authorizationStatusAt());
    }

    @Test
    void renewingTheAuthorizationOfAnUnregisteredInstanceIsRefused() {
        ConflictException e = assertThrows(ConflictException.class, () -> ready().checkCanRenewAuthorization(day(1)));
        assertEquals("conflict.notRegistered", e.code());
    }

    @Test
    void renewingTheAuthorizationAfterTheRegistrationExpiredIsRefused() {
        ProductInstance p = registeredAt(day(0));
        Instant late = months(day(0), 12);
        ConflictException e = assertThrows(ConflictException.class,
                () -> p.renewAuthorization(authorized(p, late), late));
        assertEquals("conflict.registrationExpired", e.code());
    }

    @Test
    void unregisteredInstancesHaveNoAuthorizationDeadlines() {
        Deadlines d = ready().deadlines();
        assertNull(d.authorizationRenewalDueAt());
        assertNull(d.authorizationExpiresAt());
        assertNull(d.enforcementStartsAt());
    }
}
