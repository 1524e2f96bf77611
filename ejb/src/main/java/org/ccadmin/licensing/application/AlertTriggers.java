package org.ccadmin.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.ccadmin.licensing.domain.LicenseStateChanged;
import org.ccadmin.licensing.domain.StoredProductInstance;
import org.ccadmin.shared.application.ConfigurationChanged;

/**
 * Re-evaluates this node's system alerts as soon as a licensing change commits here (a transition, a saved
 * setting or transport, a failed exchange), on another thread, so that the change never waits for it and a
 * failure there never touches it.
 */
@ApplicationScoped
public class AlertTriggers {

    @Inject
    private SystemAlerts alerts;

    void transition(@Observes(during = TransactionPhase.AFTER_SUCCESS) LicenseStateChanged e) {
        alerts.evaluateLocalLater();
    }

    void configured(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged e) {
        if (StoredProductInstance.RESOURCE.equals(e.resourceType())) {
            alerts.evaluateLocalLater();
        }
    }

    void failed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LicensingExchangeFailed e) {
        alerts.evaluateLocalLater();
    }
}
