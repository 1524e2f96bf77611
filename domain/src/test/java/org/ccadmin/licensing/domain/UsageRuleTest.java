package org.ccadmin.licensing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageRuleTest {

    /** 10 agents at the busiest instant: 7 of the enhanced tier; on their own, at most 8 basic and 7 enhanced. */
    private static final AgentPeaks PEAKS = new AgentPeaks(10, 7, 8);

    @Test
    void aSupervisorOrAnAgentOnANonVoiceDomainIsOfTheEnhancedTier() {
        assertTrue(UsageRule.enhanced(true, false));
        assertTrue(UsageRule.enhanced(false, true));
        assertTrue(UsageRule.enhanced(true, true));
        assertFalse(UsageRule.enhanced(false, false));
    }

    @Test
    void flexCountsPremiumForTheEnhancedTierAndStandardForTheOthers() {
        assertEquals(Entitlement.PREMIUM_AGENT, UsageRule.lineOf(LicenseType.FLEX, DeploymentType.UNIFIED_CCE_2000_AGENTS, true));
        assertEquals(Entitlement.STANDARD_AGENT, UsageRule.lineOf(LicenseType.FLEX, DeploymentType.PACKAGED_CCE, false));
        Map<Entitlement, Integer> usage = UsageRule.usage(LicenseType.FLEX, DeploymentType.UNIFIED_CCE_2000_AGENTS,
                LicenseLines.of(LicenseType.FLEX, UsageMode.PRODUCTION, DeploymentType.UNIFIED_CCE_2000_AGENTS), PEAKS, 24, 3);
        assertEquals(Map.of(Entitlement.STANDARD_AGENT, 8, Entitlement.PREMIUM_AGENT, 7, Entitlement.DIALER_PORTS, 24,
                Entitlement.SERVER_LICENSE, 3), usage);
        assertEquals(List.of(Entitlement.STANDARD_AGENT, Entitlement.PREMIUM_AGENT, Entitlement.DIALER_PORTS,
                Entitlement.SERVER_LICENSE), List.copyOf(usage.keySet()), "in the lines' order");
    }

    @Test
    void underPerpetualEverySignedInAgentConsumesPremiumOnce() {
        assertEquals(Entitlement.PREMIUM_AGENT, UsageRule.lineOf(LicenseType.PERPETUAL, DeploymentType.UNIFIED_CCE_4000_AGENTS, false));
        Map<Entitlement, Integer> usage = UsageRule.usage(LicenseType.PERPETUAL, DeploymentType.UNIFIED_CCE_4000_AGENTS,
                LicenseLines.of(LicenseType.PERPETUAL, UsageMode.NON_PRODUCTION, DeploymentType.UNIFIED_CCE_4000_AGENTS), PEAKS, 0, 1);
        assertEquals(10, usage.get(Entitlement.PREMIUM_AGENT), "the peak of all agents, not 7 + 8");
        assertEquals(0, usage.get(Entitlement.REGULAR_AGENT));
        assertEquals(0, usage.get(Entitlement.AVAYA_PG), "no usage source for Avaya PG");
    }

    @Test
    void icmCountsRegularAgents() {
        assertEquals(Entitlement.REGULAR_AGENT, UsageRule.lineOf(LicenseType.PERPETUAL, DeploymentType.ICM_ROGGER_LOGGER, true));
        Map<Entitlement, Integer> usage = UsageRule.usage(LicenseType.PERPETUAL, DeploymentType.ICM_ROUTER_LOGGER,
                LicenseLines.of(LicenseType.PERPETUAL, UsageMode.PRODUCTION, DeploymentType.ICM_ROUTER_LOGGER), PEAKS, 5, 2);
        assertEquals(Map.of(Entitlement.REGULAR_AGENT, 10, Entitlement.AVAYA_PG, 0, Entitlement.THIRD_PARTY_IVR, 0,
                Entitlement.SERVER_LICENSE, 2), usage);
    }

    @Test
    void withoutALicenseTypeNothingIsCounted() {
        assertNull(UsageRule.lineOf(null, DeploymentType.UNIFIED_CCE_2000_AGENTS, true));
        assertTrue(UsageRule.usage(null, DeploymentType.UNIFIED_CCE_2000_AGENTS, List.of(), PEAKS, 1, 1).isEmpty());
    }

    @Test
    void theDeploymentTypeSetsTheConcurrentAgentMaximum() {
        assertEquals(2_000, DeploymentType.UNIFIED_CCE_2000_AGENTS.maxConcurrentAgents());
        assertEquals(4_000, DeploymentType.UNIFIED_CCE_4000_AGENTS.maxConcurrentAgents());
        assertEquals(12_000, DeploymentType.UNIFIED_CCE_12000_AGENTS.maxConcurrentAgents());
        assertEquals(24_000, DeploymentType.UNIFIED_CCE_24000_AGENTS.maxConcurrentAgents());
        assertEquals(12_000, DeploymentType.PACKAGED_CCE.maxConcurrentAgents());
        assertEquals(24_000, DeploymentType.ICM_ROGGER_LOGGER.maxConcurrentAgents());
        assertEquals(24_000, DeploymentType.ICM_ROUTER_LOGGER.maxConcurrentAgents());
    }

    @Test
    void peaksCombineFieldByField() {
        assertEquals(new AgentPeaks(5, 4, 3), new AgentPeaks(5, 1, 3).max(new AgentPeaks(2, 4, 0)));
    }
}
