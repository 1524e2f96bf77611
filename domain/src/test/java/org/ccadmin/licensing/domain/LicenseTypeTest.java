package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.T0;
import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.fresh;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class LicenseTypeTest {

    @Test
    void licenseTypeAndUsageModeAreChosenTogether() {
        ProductInstance p = fresh();
        p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.NON_PRODUCTION, day(1));
        LicensingStatus s = p.status(day(1));
        assertEquals(LicenseType.PERPETUAL, s.licenseType());
        assertEquals(UsageMode.NON_PRODUCTION, s.usageMode());
        assertEquals(5, s.entitlements().size());
    }

    @Test
    void bothAreRequired() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> fresh().selectLicenseType(null, null, day(1)));
        assertEquals(List.of("licenseType", "usageMode"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void flexNonProductionIsRefused() {
        ProductInstance p = fresh();
        assertThrows(InvalidInputException.class,
                () -> p.selectLicenseType(LicenseType.FLEX, UsageMode.NON_PRODUCTION, day(1)));
        assertEquals(null, p.configuredLicenseType());
    }

    @Test
    void roggerLoggerForcesPerpetualEvenWhenFlexIsConfigured() {
        ProductInstance p = fresh(DeploymentType.ICM_ROGGER_LOGGER);
        p.selectLicenseType(LicenseType.FLEX, UsageMode.PRODUCTION, day(1));
        assertEquals(LicenseType.FLEX, p.configuredLicenseType());
        assertEquals(LicenseType.PERPETUAL, p.effectiveLicenseType());
        assertTrue(p.isLicenseTypeForced());
        assertEquals(LicenseType.PERPETUAL, p.status(day(1)).licenseType());
        assertEquals(LicenseLines.of(LicenseType.PERPETUAL, UsageMode.PRODUCTION, DeploymentType.ICM_ROGGER_LOGGER),
                p.licenseLines());
    }

    @Test
    void switchingToRoggerLoggerForcesPerpetualAndLeavingItRestoresFlex() {
        ProductInstance p = fresh();
        p.selectLicenseType(LicenseType.FLEX, UsageMode.PRODUCTION, day(1));
        p.changeDeploymentType(DeploymentType.ICM_ROGGER_LOGGER, day(2));
        assertEquals(LicenseType.PERPETUAL, p.effectiveLicenseType());
        p.changeDeploymentType(DeploymentType.UNIFIED_CCE_24000_AGENTS, day(3));
        assertEquals(LicenseType.FLEX, p.effectiveLicenseType());
        assertFalse(p.isLicenseTypeForced());
    }

    @Test
    void routerLoggerKeepsTheConfiguredLicenseType() {
        ProductInstance p = fresh(DeploymentType.ICM_ROUTER_LOGGER);
        p.selectLicenseType(LicenseType.FLEX, UsageMode.PRODUCTION, day(1));
        assertEquals(LicenseType.FLEX, p.effectiveLicenseType());
    }

    @Test
    void licenseTypeIsFrozenWhileRegistered() {
        ProductInstance p = registeredAt(day(10));
        ConflictException e = assertThrows(ConflictException.class,
                () -> p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.PRODUCTION, day(20)));
        assertEquals("conflict.deregisterFirst", e.code());
        assertEquals("The license type and usage mode cannot change while the product instance is registered; "
                + "deregister first.", e.getMessage());
        assertEquals(LicenseType.FLEX, p.configuredLicenseType());
    }

    @Test
    void usageModeIsFrozenWhileRegistered() {
        ProductInstance p = LicensingFixtures.ready();
        p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.PRODUCTION, T0);
        p.register(LicensingFixtures.certificate("VA-East", day(1)), LicensingFixtures.authorized(p, day(1)), day(1));
        ConflictException e = assertThrows(ConflictException.class,
                () -> p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.NON_PRODUCTION, day(2)));
        assertEquals("conflict.deregisterFirst", e.code());
        assertEquals(UsageMode.PRODUCTION, p.usageMode());
    }

    @Test
    void licenseTypeStaysFrozenAfterTheRegistrationExpired() {
        ProductInstance p = registeredAt(day(10));
        assertThrows(ConflictException.class,
                () -> p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.PRODUCTION, day(500)));
    }

    @Test
    void repeatingTheSameSelectionWhileRegisteredIsAccepted() {
        ProductInstance p = registeredAt(day(10));
        assertDoesNotThrow(() -> p.selectLicenseType(LicenseType.FLEX, UsageMode.PRODUCTION, day(20)));
    }

    @Test
    void licenseTypeMayChangeAgainAfterDeregistering() {
        ProductInstance p = registeredAt(day(10));
        p.deregister(DeregistrationOutcome.RELEASED, day(20));
        p.selectLicenseType(LicenseType.PERPETUAL, UsageMode.PRODUCTION, day(21));
        assertEquals(LicenseType.PERPETUAL, p.configuredLicenseType());
    }

    @Test
    void aDeploymentTypeChangeThatKeepsTheLicensesIsAllowedWhileRegistered() {
        ProductInstance p = registeredAt(day(10));
        p.changeDeploymentType(DeploymentType.UNIFIED_CCE_4000_AGENTS, day(20));
        assertEquals(DeploymentType.UNIFIED_CCE_4000_AGENTS, p.deploymentType());
    }

    @Test
    void aDeploymentTypeChangeThatWouldForcePerpetualIsRefusedWhileRegistered() {
        ProductInstance p = registeredAt(day(10));
        ConflictException e = assertThrows(ConflictException.class,
                () -> p.changeDeploymentType(DeploymentType.ICM_ROGGER_LOGGER, day(20)));
        assertEquals("conflict.deregisterFirst", e.code());
        assertTrue(e.getMessage().contains("ICM Rogger/Logger"), e.getMessage());
        assertEquals(DeploymentType.UNIFIED_CCE_2000_AGENTS, p.deploymentType());
    }
}
