package org.ccadmin.inventory.infrastructure;

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
import org.ccadmin.inventory.application.Inventory;
import org.ccadmin.inventory.application.LocalNode;

/**
 * Registers this node at start-up and refreshes its row every 30 seconds. The timer is deliberately not
 * persistent: every node must beat its own heart, whereas a persistent timer fires on one node of the cluster.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NodeHeartbeat {

    private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class.getName());

    @Inject
    private Inventory inventory;

    @PostConstruct
    void register() {
        inventory.started();
        LOG.info(() -> "Inventory: node " + LocalNode.name() + " registered");
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void beat() {
        try {
            inventory.heartbeat();
        } catch (RuntimeException e) {
            // A database hiccup must not kill the timer; the next beat retries.
            LOG.log(Level.WARNING, "Inventory heartbeat failed; retrying in 30 s", e);
        }
    }
}
