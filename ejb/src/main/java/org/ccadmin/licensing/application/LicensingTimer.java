package org.ccadmin.licensing.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The licensing lifecycle's one timer: every 15 minutes it asks {@link LicensingService#evaluate} to compute
 * the usage windows closed since the last stored one, look at the state at clock time, renew what is due and
 * send the queued usage reports. Persistent, so with the database
 * timer store it fires once cluster-wide and a run missed while the server was down happens at the next start.
 * Thin on purpose: every rule is in the domain, and evaluating twice is harmless.
 */
@Singleton
public class LicensingTimer {

    private static final Logger LOG = Logger.getLogger(LicensingTimer.class.getName());

    @Inject
    private LicensingService licensing;

    @Schedule(persistent = true, minute = "*/15", hour = "*", info = "licensing evaluation")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void evaluate() {
        try {
            licensing.evaluate();
        } catch (RuntimeException e) {
            // A failed run must not cancel the timer; the next run sees the same state and tries again.
            LOG.log(Level.WARNING, "Licensing evaluation failed; it runs again in 15 minutes", e);
        }
    }
}
