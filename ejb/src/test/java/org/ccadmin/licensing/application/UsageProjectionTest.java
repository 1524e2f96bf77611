package org.ccadmin.licensing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ccadmin.licensing.compliance.OverageRule;
import org.ccadmin.licensing.compliance.PoolState;
import org.ccadmin.licensing.domain.Authorization;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.domain.IdCertificate;
import org.ccadmin.licensing.domain.LicenseType;
import org.ccadmin.licensing.domain.LicensingPeriods;
import org.ccadmin.licensing.domain.ProductInstance;
import org.ccadmin.licensing.domain.TransportSettings;
import org.ccadmin.licensing.domain.UsageMode;
import org.junit.jupiter.api.Test;

class UsageProjectionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-10T10:07:00Z");

    private static ProductInstance registered() {
        ProductInstance p = ProductInstance.install("aw-a", DeploymentType.UNIFIED_CCE_2000_AGENTS, T0, LicensingPeriods.defaults());
        p.selectLicenseType(LicenseType.FLEX, UsageMode.PRODUCTION, T0);
        p.configureTransport(TransportSettings.direct());
        Instant expires = NOW.atZone(ZoneOffset.UTC).plus(Period.ofDays(90)).toInstant();
        p.register(new IdCertificate("PI-1", "SN-1", "Example", "VA", false, T0, T0.plus(Period.ofDays(365))),
                p.licenseLines().stream().map(e -> Authorization.inCompliance(e, expires)).toList(), T0);
        p.takeEvents();
        return p;
    }

    private static IdCertificate certificate(Instant at) {
        return new IdCertificate("PI-1", "SN-1", "Example", "VA", false, at, at.plus(Period.ofDays(365)));
    }

    private static final UsageProjection PROJECTION = new UsageProjection(new OverageRule(5));

    @Test
    void scenarioOneProjected130AgainstAHundredGoesOutOfComplianceAtTheFifthReportAndEnforcedNinetyDaysLater() {
        List<WhatIfView.Change> changes = PROJECTION.project(registered(),
                Map.of(Entitlement.PREMIUM_AGENT, new UsageProjection.Start(PoolState.compliant(), 100)),
                Map.of(Entitlement.PREMIUM_AGENT, 130), NOW, UsageProjectionTest::certificate);
        List<String> what = changes.stream().map(c -> c.at() + " " + c.what()).toList();
        assertEquals("2026-01-10T10:15:00Z Premium Agent: overage 1 of 5 (usage 130)", what.get(0));
        assertEquals("2026-01-10T11:15:00Z Premium Agent: Out-of-Compliance (overage 5 of 5); reported usage locked at 130", what.get(4));
        WhatIfView.Change ooc = changes.stream().filter(c -> c.entitlement() == null).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-01-10T11:15:00Z"), ooc.at(), what.toString());
        assertEquals("Out-of-Compliance", ooc.authorizationStatus());
        WhatIfView.Change last = changes.get(changes.size() - 1);
        assertEquals(Instant.parse("2026-04-10T11:15:00Z"), last.at(), what.toString());
        assertTrue(last.what().startsWith("Enforcement begins (Out-of-Compliance expiry"), last.what());
    }

    @Test
    void twoOverageAlreadyCountedLeaveThreeReportsToGo() {
        List<WhatIfView.Change> changes = PROJECTION.project(registered(),
                Map.of(Entitlement.PREMIUM_AGENT, new UsageProjection.Start(new PoolState(2, null, 0), 100)),
                Map.of(Entitlement.PREMIUM_AGENT, 101), NOW, UsageProjectionTest::certificate);
        assertEquals("Premium Agent: overage 3 of 5 (usage 101)", changes.get(0).what());
        assertTrue(changes.get(2).what().contains("Out-of-Compliance (overage 5 of 5)"), changes.toString());
        assertEquals(Instant.parse("2026-01-10T10:45:00Z"), changes.get(2).at());
    }

    @Test
    void usageWithinTheEntitlementResetsTheCountAndChangesNothingElse() {
        List<WhatIfView.Change> changes = PROJECTION.project(registered(),
                Map.of(Entitlement.PREMIUM_AGENT, new UsageProjection.Start(new PoolState(2, null, 0), 100)),
                Map.of(Entitlement.PREMIUM_AGENT, 90), NOW, UsageProjectionTest::certificate);
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("Premium Agent: overage count reset (in compliance)", changes.get(0).what());
    }

    @Test
    void whileOutOfComplianceALowerUsageStaysLockedUntilEnoughLicensesAreHeld() {
        Instant since = Instant.parse("2026-01-09T00:00:00Z");
        PoolState ooc = new PoolState(5, since, 130);
        assertEquals(List.of(), PROJECTION.project(registered(),
                Map.of(Entitlement.PREMIUM_AGENT, new UsageProjection.Start(ooc, 100)),
                Map.of(Entitlement.PREMIUM_AGENT, 90), NOW, UsageProjectionTest::certificate).stream().filter(c -> c.entitlement() != null).toList());
        List<WhatIfView.Change> bought = PROJECTION.project(registered(),
                Map.of(Entitlement.PREMIUM_AGENT, new UsageProjection.Start(ooc, 130)),
                Map.of(Entitlement.PREMIUM_AGENT, 90), NOW, UsageProjectionTest::certificate);
        assertEquals("Premium Agent: back in compliance", bought.get(0).what());
        assertEquals(Instant.parse("2026-01-10T10:15:00Z"), bought.get(0).at());
    }
}
