package org.ccadmin.licensing.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccadmin.licensing.application.SystemAlerts;

/**
 * Evaluates this node's system alerts at start-up and every 30 seconds, so that a change made on another
 * node (which pushes only to its own pages) or a deadline passing reaches this machine's alerts too. Not
 * persistent on purpose: every node keeps its own alerts, whereas a persistent timer fires on one node only.
 */
@Singleton
@Startup
@DependsOn({"LicensingStartup", "NodeHeartbeat"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertWatch {

    private static final Logger LOG = Logger.getLogger(AlertWatch.class.getName());

    @Inject
    private SystemAlerts alerts;

    @PostConstruct
    void start() {
        evaluate();
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "system alerts")
    void evaluate() {
        try {
            alerts.evaluateLocal();
        } catch (RuntimeException e) {
            // A database hiccup must not kill the timer; the next run looks again.
            LOG.log(Level.WARNING, "System alert evaluation failed; retrying in 30 s", e);
        }
    }
}
