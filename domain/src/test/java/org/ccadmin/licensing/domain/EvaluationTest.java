package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.T0;
import static org.ccadmin.licensing.domain.LicensingFixtures.authorized;
import static org.ccadmin.licensing.domain.LicensingFixtures.certificate;
import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.fresh;
import static org.ccadmin.licensing.domain.LicensingFixtures.ready;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void newInstallationIsUnregisteredInEvaluationWithExportControlNotAllowed() {
        LicensingStatus s = fresh().status(day(1));
        assertEquals(RegistrationStatus.UNREGISTERED, s.registrationStatus());
        assertEquals(AuthorizationStatus.EVALUATION, s.authorizationStatus());
        assertEquals(ExportControlledFunctionality.NOT_ALLOWED, s.exportControlledFunctionality());
        assertEquals("Unregistered", s.registrationStatus().displayText());
        assertEquals("Not Allowed", s.exportControlledFunctionality().displayText());
        assertEquals(LicensingFixtures.NAME, s.productInstanceName());
        assertNull(s.smartAccount());
        assertNull(s.virtualAccount());
        assertNull(s.serialNumber());
        assertNull(s.registrationStatusAt(), "never registered, so not unregistered since any time");
        assertEquals(T0, s.authorizationStatusAt());
    }

    @Test
    void evaluationGrantsUnlimitedLicensesOnEveryLine() {
        LicensingStatus s = ready().status(day(10));
        assertTrue(s.hasUnlimitedLicenses());
        assertFalse(s.isEnforced());
        assertEquals(4, s.entitlements().size());
        assertTrue(s.entitlements().stream().allMatch(l -> l.status() == EntitlementStatus.EVALUATION));
    }

    @Test
    void evaluationStillRunsAt89Days23Hours() {
        LicensingStatus s = fresh().status(day(89, 23));
        assertEquals(AuthorizationStatus.EVALUATION, s.authorizationStatus());
        assertFalse(s.isEnforced());
    }

    @Test
    void evaluationExpiresAtDay90AndEnforces() {
        LicensingStatus s = ready().status(day(90));
        assertEquals(AuthorizationStatus.EVALUATION_EXPIRED, s.authorizationStatus());
        assertEquals(day(90), s.authorizationStatusAt());
        assertEquals(new Enforcement(EnforcementReason.EVALUATION_EXPIRY, day(90)), s.enforcement());
        assertFalse(s.hasUnlimitedLicenses());
        assertTrue(s.entitlements().stream().allMatch(l -> l.status() == EntitlementStatus.EVALUATION_EXPIRED));
    }

    @Test
    void evaluationCountsFromTheFirstStartWhateverIsConfiguredLater() {
        ProductInstance p = fresh();
        p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.PRODUCTION, day(60));
        p.changeDeploymentType(DeploymentType.UNIFIED_CCE_4000_AGENTS, day(61));
        assertEquals(day(90), p.deadlines().evaluationEndsAt());
        assertEquals(AuthorizationStatus.EVALUATION_EXPIRED, p.status(day(90)).authorizationStatus());
    }

    @Test
    void evaluationDaysAreCalendarDaysOfTheConfiguredZone() {
        ZoneId zurich = ZoneId.of("Europe/Zurich");
        Instant firstStart = LocalDateTime.parse("2026-03-01T09:00").atZone(zurich).toInstant();
        ProductInstance p = ProductInstance.install("aw", DeploymentType.PACKAGED_CCE, firstStart,
                LicensingPeriods.defaults().inZone(zurich));
        Instant end = p.deadlines().evaluationEndsAt();
        assertEquals(LocalDateTime.parse("2026-05-30T09:00"), end.atZone(zurich).toLocalDateTime());
        assertEquals(Duration.ofDays(90).minusHours(1), Duration.between(firstStart, end), "the spring-forward day has 23 h");
    }

    @Test
    void aMovedClockSeesTheSameExpiry() {
        ProductInstance p = fresh();
        Clock clock = Clock.offset(Clock.fixed(T0, ZoneOffset.UTC), Duration.ofDays(90));
        assertEquals(AuthorizationStatus.EVALUATION_EXPIRED, p.status(clock.instant()).authorizationStatus());
    }

    @Test
    void registeringAfterTheEvaluationExpiredEndsEnforcement() {
        ProductInstance p = ready();
        p.register(certificate("VA-East", day(120)), authorized(p, day(120)), day(120));
        LicensingStatus s = p.status(day(120));
        assertEquals(AuthorizationStatus.AUTHORIZED, s.authorizationStatus());
        assertFalse(s.isEnforced());
    }

    @Test
    void anUnsuccessfulRegistrationLeavesUnregisteredEvaluationNotAllowed() {
        ProductInstance p = fresh();
        LicensingStatus before = p.status(day(5));
        assertThrows(ConflictException.class,
                () -> p.register(certificate("VA-East", day(5)), authorized(p, day(5)), day(5)));
        assertThrows(InvalidInputException.class, () -> ready().register(null, java.util.List.of(), day(5)));
        assertEquals(before, p.status(day(5)));
        assertEquals(RegistrationStatus.UNREGISTERED, before.registrationStatus());
        assertEquals(AuthorizationStatus.EVALUATION, before.authorizationStatus());
        assertEquals(ExportControlledFunctionality.NOT_ALLOWED, before.exportControlledFunctionality());
    }
}
