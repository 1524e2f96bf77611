package org.ccadmin.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.LicenseStateChanged;
import org.ccadmin.licensing.domain.LicensingPeriods;
import org.ccadmin.licensing.domain.ProductInstance;
import org.junit.jupiter.api.Test;

class LicensingMailTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void evaluationExpiryIsMailedWithTheNewStateAndTheRemedy() {
        ProductInstance p = ProductInstance.install("aw-a", DeploymentType.PACKAGED_CCE, T0, LicensingPeriods.defaults());
        LicenseStateChanged e = p.observe(T0.plusSeconds(91L * 86400)).orElseThrow();
        LicensingMail mail = LicensingMail.of(e).orElseThrow();
        assertTrue(mail.subject().contains("aw-a") && mail.subject().contains("Evaluation Expired"), mail.subject());
        assertTrue(mail.body().contains("Before: Unregistered · Evaluation state"), mail.body());
        assertTrue(mail.body().contains("Enforcement: Evaluation expiry"), mail.body());
        assertTrue(mail.body().contains("Register the product instance"), mail.body());
    }

    @Test
    void aChangeThatLeavesEveryStatusAsItWasIsNotMailed() {
        ProductInstance p = ProductInstance.install("aw-a", DeploymentType.PACKAGED_CCE, T0, LicensingPeriods.defaults());
        LicenseStateChanged e = p.changeDeploymentType(DeploymentType.UNIFIED_CCE_4000_AGENTS, T0.plusSeconds(60));
        assertTrue(LicensingMail.of(e).isEmpty());
    }
}
