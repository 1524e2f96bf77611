package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.T0;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pool's verdicts in the product instance: Out-of-Compliance, 90 days later Enforcement, lifted by a compliant verdict. */
class OutOfComplianceTest {

    private Clock clock;
    private ProductInstance p;
    private Instant since;

    @BeforeEach
    void registeredAndThenOutOfCompliance() {
        clock = Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        p = registeredAt(clock.instant());
        move(Duration.ofMinutes(75));
        since = Instant.parse("2026-01-02T01:15:00Z");
        p.applyUsageVerdicts(List.of(ooc(Entitlement.STANDARD_AGENT, since), ok(Entitlement.PREMIUM_AGENT)), clock.instant());
    }

    @Test
    void aVerdictOutOfComplianceMakesTheInstanceOutOfComplianceSinceThen() {
        LicensingStatus s = p.status(clock.instant());
        assertEquals(AuthorizationStatus.OUT_OF_COMPLIANCE, s.authorizationStatus());
        assertEquals(since, s.authorizationStatusAt());
        assertEquals(EntitlementStatus.OUT_OF_COMPLIANCE, line(s, Entitlement.STANDARD_AGENT));
        assertEquals(EntitlementStatus.IN_COMPLIANCE, line(s, Entitlement.PREMIUM_AGENT));
        assertNull(s.enforcement());
        assertEquals(since.atZone(ZoneOffset.UTC).plusDays(90).toInstant(), p.deadlines().outOfComplianceEnforcementAt());
        List<LicenseStateChanged> events = p.takeEvents();
        assertEquals(LicenseChangeCause.USAGE_REPORTED, events.get(events.size() - 1).cause());
    }

    @Test
    void ninetyDaysOutOfComplianceEnforceEvenAcrossAuthorizationRenewals() {
        Instant enforcedAt = since.atZone(ZoneOffset.UTC).plusDays(90).toInstant();
        for (int day = 30; day <= 60; day += 30) {
            moveTo(since.plus(Duration.ofDays(day)));
            // The authority's authorization says Out-of-Compliance for the line: the since carries on.
            p.renewAuthorization(standardOutOfCompliance(), clock.instant());
        }
        assertNull(p.status(enforcedAt.minusSeconds(1)).enforcement());
        moveTo(enforcedAt);
        p.takeEvents();
        LicenseStateChanged noticed = p.observe(clock.instant()).orElseThrow();
        assertEquals(LicenseChangeCause.DEADLINE_PASSED, noticed.cause());
        assertEquals(new Enforcement(EnforcementReason.OUT_OF_COMPLIANCE_EXPIRY, enforcedAt), noticed.to().enforcement());
        assertTrue(p.observe(clock.instant().plusSeconds(1)).isEmpty(), "reported once");
        assertTrue(EnforcementReason.OUT_OF_COMPLIANCE_EXPIRY.remedy().startsWith("Purchase"));
    }

    @Test
    void aCompliantVerdictLiftsOutOfComplianceAndEnforcementAtOnce() {
        moveTo(since.plus(Duration.ofDays(91)));
        p.renewAuthorization(standardOutOfCompliance(), clock.instant());
        assertEquals(EnforcementReason.OUT_OF_COMPLIANCE_EXPIRY, p.status(clock.instant()).enforcement().reason());
        move(Duration.ofMinutes(15));
        LicenseStateChanged lifted = p.applyUsageVerdicts(List.of(ok(Entitlement.STANDARD_AGENT)), clock.instant()).orElseThrow();
        assertNull(lifted.to().enforcement());
        assertEquals(AuthorizationStatus.AUTHORIZED, lifted.to().authorizationStatus());
        assertNull(p.deadlines().outOfComplianceEnforcementAt());
    }

    @Test
    void theSameVerdictAgainChangesNothing() {
        p.takeEvents();
        move(Duration.ofMinutes(15));
        assertTrue(p.applyUsageVerdicts(List.of(ooc(Entitlement.STANDARD_AGENT, since)), clock.instant()).isEmpty());
    }

    @Test
    void deregisteringForgetsThePoolState() {
        p.deregister(DeregistrationOutcome.RELEASED, clock.instant());
        assertNull(p.deadlines().outOfComplianceEnforcementAt());
        assertTrue(p.facts().compliance().isEmpty());
    }

    @Test
    void theVerdictsSurviveTheRoundTrip() {
        p.configureDialerPorts(40);
        ProductInstance back = ProductInstance.restore(p.facts());
        assertEquals(p.status(clock.instant()), back.status(clock.instant()));
        assertEquals(40, back.dialerPorts());
        assertEquals(LicensingPeriods.OUT_OF_COMPLIANCE, back.periods().outOfCompliance());
    }

    @Test
    void anOutOfComplianceVerdictSaysSinceWhen() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new LineCompliance(Entitlement.STANDARD_AGENT, EntitlementStatus.OUT_OF_COMPLIANCE, null));
        assertEquals("outOfComplianceSince", e.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> p.configureDialerPorts(-1));
    }

    @Test
    void aLabMayShortenTheOutOfCompliancePeriod() {
        LicensingPeriods lab = LicensingPeriods.defaults().withOutOfCompliance(java.time.Period.ofDays(2));
        assertEquals(java.time.Period.ofDays(2), lab.outOfCompliance());
        assertThrows(IllegalArgumentException.class, () -> LicensingPeriods.defaults().withOutOfCompliance(java.time.Period.ZERO));
    }

    /** The authority's authorization: Standard Agent out of compliance, every other line in compliance. */
    private List<Authorization> standardOutOfCompliance() {
        Instant expires = clock.instant().plus(Duration.ofDays(90));
        return p.licenseLines().stream().map(e -> e == Entitlement.STANDARD_AGENT
                ? new Authorization(e, EntitlementStatus.OUT_OF_COMPLIANCE, expires) : Authorization.inCompliance(e, expires)).toList();
    }

    private static LineCompliance ooc(Entitlement e, Instant since) {
        return new LineCompliance(e, EntitlementStatus.OUT_OF_COMPLIANCE, since);
    }

    private static LineCompliance ok(Entitlement e) {
        return new LineCompliance(e, EntitlementStatus.IN_COMPLIANCE, null);
    }

    private static EntitlementStatus line(LicensingStatus s, Entitlement e) {
        return s.entitlements().stream().filter(l -> l.entitlement() == e).findFirst().orElseThrow().status();
    }

    private void move(Duration d) {
        clock = Clock.offset(clock, d);
    }

    private void moveTo(Instant at) {
        clock = Clock.fixed(at, ZoneOffset.UTC);
    }
}
