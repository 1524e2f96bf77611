package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceBannerTest {

    @Test
    void anInstanceInEvaluationShowsTheEvaluationBannerUntilItsEnd() {
        ProductInstance p = LicensingFixtures.fresh();
        ComplianceBanner b = ComplianceBanner.of(List.of(InstanceCompliance.of(p, day(10)))).orElseThrow();
        assertEquals(ComplianceLevel.EVALUATION, b.level());
        assertEquals(LicensingFixtures.T0, b.since());
        assertEquals(day(90), b.until());
        assertEquals(LicensingFixtures.NAME, b.instance());
        assertNull(b.reason());
    }

    @Test
    void evaluationExpiryTurnsTheBannerIntoEnforcementWithItsReason() {
        ProductInstance p = LicensingFixtures.fresh();
        ComplianceBanner b = ComplianceBanner.of(List.of(InstanceCompliance.of(p, day(91)))).orElseThrow();
        assertEquals(ComplianceLevel.ENFORCEMENT, b.level());
        assertEquals(EnforcementReason.EVALUATION_EXPIRY, b.reason());
        assertEquals(day(90), b.since());
        assertNull(b.until(), "only registering ends it");
    }

    @Test
    void anAuthorizedInstanceShowsNoBanner() {
        ProductInstance p = registeredAt(day(5));
        assertTrue(ComplianceBanner.of(List.of(InstanceCompliance.of(p, day(6)))).isEmpty());
    }

    @Test
    void authorizationExpiredWithoutEnforcementYetShowsNoBannerButEnforcementDoes() {
        ProductInstance p = registeredAt(day(0));
        assertTrue(ComplianceBanner.of(List.of(InstanceCompliance.of(p, day(100)))).isEmpty(), "grace: expired, not enforced");
        ComplianceBanner b = ComplianceBanner.of(List.of(InstanceCompliance.of(p, day(181)))).orElseThrow();
        assertEquals(ComplianceLevel.ENFORCEMENT, b.level());
        assertEquals(EnforcementReason.AUTHORIZATION_EXPIRY, b.reason());
        assertEquals(day(180), b.since());
    }

    @Test
    void outOfComplianceShowsItsOwnBannerSinceTheAuthorization() {
        ProductInstance p = LicensingFixtures.ready();
        Instant at = day(3);
        List<Authorization> answers = p.licenseLines().stream()
                .map(e -> e == Entitlement.PREMIUM_AGENT
                        ? new Authorization(e, EntitlementStatus.OUT_OF_COMPLIANCE, day(93))
                        : Authorization.inCompliance(e, day(93)))
                .toList();
        p.register(LicensingFixtures.certificate("VA", at), answers, at);
        ComplianceBanner b = ComplianceBanner.of(List.of(InstanceCompliance.of(p, day(4)))).orElseThrow();
        assertEquals(ComplianceLevel.OUT_OF_COMPLIANCE, b.level());
        assertEquals(at, b.since());
    }

    @Test
    void outOfComplianceFromAUsageVerdictRunsUntilItsNinetyDaysEnd() {
        ProductInstance p = LicensingFixtures.registeredAt(day(0));
        p.applyUsageVerdicts(List.of(new LineCompliance(Entitlement.PREMIUM_AGENT, EntitlementStatus.OUT_OF_COMPLIANCE,
                day(4))), day(4));
        ComplianceBanner b = ComplianceBanner.of(List.of(InstanceCompliance.of(p, day(5)))).orElseThrow();
        assertEquals(ComplianceLevel.OUT_OF_COMPLIANCE, b.level());
        assertEquals(day(94), b.until());
    }

    @Test
    void theWorstInstanceDecidesEnforcementOverOutOfComplianceOverEvaluation() {
        InstanceCompliance evaluation = InstanceCompliance.of(LicensingFixtures.fresh(), day(10));
        InstanceCompliance enforced = InstanceCompliance.of(
                ProductInstance.install("other", DeploymentType.PACKAGED_CCE, day(-100), LicensingPeriods.defaults()), day(10));
        InstanceCompliance authorized = InstanceCompliance.of(registeredAt(day(1)), day(10));
        assertEquals(ComplianceLevel.ENFORCEMENT, ComplianceBanner.of(List.of(evaluation, authorized, enforced)).orElseThrow().level());
        assertEquals("other", ComplianceBanner.of(List.of(evaluation, enforced)).orElseThrow().instance());
        assertEquals(ComplianceLevel.EVALUATION, ComplianceBanner.of(List.of(authorized, evaluation)).orElseThrow().level());
        assertTrue(ComplianceLevel.ENFORCEMENT.worseThan(ComplianceLevel.OUT_OF_COMPLIANCE));
        assertTrue(ComplianceLevel.OUT_OF_COMPLIANCE.worseThan(ComplianceLevel.EVALUATION));
        assertTrue(ComplianceBanner.of(List.of()).isEmpty());
    }

    @Test
    void amongInstancesInEvaluationTheOneEndingFirstDecides() {
        InstanceCompliance late = InstanceCompliance.of(LicensingFixtures.fresh(), day(10));
        InstanceCompliance early = InstanceCompliance.of(
                ProductInstance.install("early", DeploymentType.PACKAGED_CCE, day(-50), LicensingPeriods.defaults()), day(10));
        ComplianceBanner b = ComplianceBanner.of(List.of(late, early)).orElseThrow();
        assertEquals("early", b.instance());
        assertEquals(day(40), b.until());
    }

    @Test
    void nonProductionUsageModeIsAnnouncedWhateverTheComplianceState() {
        ProductInstance p = LicensingFixtures.fresh();
        assertFalse(ComplianceBanner.nonProduction(List.of(InstanceCompliance.of(p, day(1)))), "nothing chosen yet");
        p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.NON_PRODUCTION, day(1));
        assertTrue(ComplianceBanner.nonProduction(List.of(InstanceCompliance.of(p, day(2)))));
        p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.PRODUCTION, day(3));
        assertFalse(ComplianceBanner.nonProduction(List.of(InstanceCompliance.of(p, day(4)))));
    }
}
