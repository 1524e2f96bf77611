package org.ccadmin.licensing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.inventory.application.Inventory;
import org.ccadmin.inventory.application.LocalNode;
import org.ccadmin.inventory.domain.ServerNode;
import org.ccadmin.licensing.domain.MachineAlert;
import org.ccadmin.licensing.domain.ProductInstance;
import org.ccadmin.licensing.domain.SystemAlert;
import org.ccadmin.licensing.infrastructure.JpaProductInstances;

/**
 * The system alerts per machine of the inventory. Every node evaluates the alerts itself ({@link #evaluateLocal}:
 * at start-up, every 30 seconds and after each licensing change it commits) and records them under its own
 * name, so each machine's red or green circle is that machine's own view. The alert times are licensing time
 * ({@link Clock}), like the licensing log they explain.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class SystemAlerts {

    private static final Logger LOG = Logger.getLogger(SystemAlerts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JpaProductInstances store;

    @Inject
    private Inventory inventory;

    @Inject
    private Clock clock;

    @Inject
    private Event<SystemAlertsChanged> changed;

    /**
     * Brings this node's alerts in line with the licensing state now. The node's inventory row is locked, so
     * the timer and a licensing change on the same node take turns; a node whose row is missing (removed from
     * the inventory a moment ago) records nothing until its heartbeat registers it again.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void evaluateLocal() {
        String node = LocalNode.name();
        if (em.find(ServerNode.class, node, LockModeType.PESSIMISTIC_WRITE) == null) {
            return;
        }
        Instant now = clock.instant();
        ProductInstance p = store.find().map(s -> s.toDomain()).orElse(null);
        Map<SystemAlert, String> present = SystemAlert.present(p, now);
        List<MachineAlert> rows = em.createQuery("select a from MachineAlert a where a.nodeName = :node", MachineAlert.class)
                .setParameter("node", node).getResultList();
        MachineAlert.Reconciled r = MachineAlert.reconcile(node, rows, present, now);
        r.created().forEach(em::persist);
        if (r.changed()) {
            em.flush();
            changed.fire(new SystemAlertsChanged(node));
        }
    }

    /** The same, on another thread: for observers of committed changes, which must not wait or fail. */
    @PermitAll
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void evaluateLocalLater() {
        try {
            evaluateLocal();
        } catch (RuntimeException e) {
            // Nothing was changed; the next evaluation (at most 30 s later, see AlertWatch) looks again.
            LOG.log(Level.WARNING, "System alert evaluation failed", e);
        }
    }

    /** Every machine of the inventory with its alerts, red (active) first; running machines first. */
    public List<MachineAlertsView> machines() {
        Map<String, List<MachineAlert>> byNode = em.createQuery(
                "select a from MachineAlert a order by a.raisedAt, a.alert", MachineAlert.class).getResultList()
                .stream().collect(Collectors.groupingBy(MachineAlert::nodeName));
        return inventory.nodes().stream()
                .map(n -> MachineAlertsView.of(n, byNode.getOrDefault(n.name(), List.of()))).toList();
    }

    /** The active alerts of every machine, for the Alerts button. */
    public List<MachineAlertsView.AlertView> active() {
        return machines().stream().flatMap(m -> m.alerts().stream()).filter(MachineAlertsView.AlertView::active).toList();
    }
}
