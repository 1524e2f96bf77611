package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.Entitlement.AVAYA_PG;
import static org.ccadmin.licensing.domain.Entitlement.DIALER_PORTS;
import static org.ccadmin.licensing.domain.Entitlement.PREMIUM_AGENT;
import static org.ccadmin.licensing.domain.Entitlement.REGULAR_AGENT;
import static org.ccadmin.licensing.domain.Entitlement.SERVER_LICENSE;
import static org.ccadmin.licensing.domain.Entitlement.STANDARD_AGENT;
import static org.ccadmin.licensing.domain.Entitlement.THIRD_PARTY_IVR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class LicenseLinesTest {

    @Test
    void flexProductionOffersStandardPremiumDialerPortsAndServerLicense() {
        assertEquals(List.of(STANDARD_AGENT, PREMIUM_AGENT, DIALER_PORTS, SERVER_LICENSE),
                LicenseLines.of(LicenseType.FLEX, UsageMode.PRODUCTION, DeploymentType.PACKAGED_CCE));
    }

    @Test
    void perpetualProductionOnUnifiedOrPackagedCceOffersPremiumDialerPortsAndServerLicense() {
        List<Entitlement> expected = List.of(PREMIUM_AGENT, DIALER_PORTS, SERVER_LICENSE);
        assertEquals(expected, LicenseLines.of(LicenseType.PERPETUAL, UsageMode.PRODUCTION, DeploymentType.UNIFIED_CCE_12000_AGENTS));
        assertEquals(expected, LicenseLines.of(LicenseType.PERPETUAL, UsageMode.PRODUCTION, DeploymentType.PACKAGED_CCE));
    }

    @Test
    void perpetualProductionOnIcmOffersRegularAgentAvayaPgThirdPartyIvrAndServerLicense() {
        assertEquals(List.of(REGULAR_AGENT, AVAYA_PG, THIRD_PARTY_IVR, SERVER_LICENSE),
                LicenseLines.of(LicenseType.PERPETUAL, UsageMode.PRODUCTION, DeploymentType.ICM_ROUTER_LOGGER));
    }

    @Test
    void perpetualNonProductionOffersRegularPremiumDialerPortsServerLicenseAndAvayaPg() {
        assertEquals(List.of(REGULAR_AGENT, PREMIUM_AGENT, DIALER_PORTS, SERVER_LICENSE, AVAYA_PG),
                LicenseLines.of(LicenseType.PERPETUAL, UsageMode.NON_PRODUCTION, DeploymentType.UNIFIED_CCE_2000_AGENTS));
    }

    @Test
    void flexNonProductionIsNotOffered() {
        assertFalse(LicenseLines.isOffered(LicenseType.FLEX, UsageMode.NON_PRODUCTION));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LicenseLines.checkOffered(LicenseType.FLEX, UsageMode.NON_PRODUCTION));
        assertEquals("usageMode", e.errors().get(0).field());
        assertEquals("invalidInput.notOffered", e.errors().get(0).code());
    }

    @Test
    void theOtherThreeCombinationsAreOffered() {
        assertTrue(LicenseLines.isOffered(LicenseType.FLEX, UsageMode.PRODUCTION));
        assertTrue(LicenseLines.isOffered(LicenseType.PERPETUAL, UsageMode.PRODUCTION));
        assertTrue(LicenseLines.isOffered(LicenseType.PERPETUAL, UsageMode.NON_PRODUCTION));
    }

    @Test
    void nothingIsRequestedBeforeALicenseTypeIsChosen() {
        assertEquals(List.of(), LicenseLines.of(null, null, DeploymentType.PACKAGED_CCE));
    }

    @Test
    void linesCarryTheSourcesNames() {
        assertEquals(List.of("Standard Agent", "Premium Agent", "Regular Agent", "Dialer Ports", "Server License",
                "Avaya PG", "Third-party IVR"), Arrays.stream(Entitlement.values()).map(Entitlement::displayText).toList());
    }
}
