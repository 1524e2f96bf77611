package org.ccadmin.inventory.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.inventory.domain.ServerNode;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.ResourceNotFoundException;

/**
 * The machines of the deployment. Liveness uses the machines' real clock (see {@link ServerNode}), so this
 * service does not take the injectable licensing clock.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class Inventory {

    private static final Clock REAL_TIME = Clock.systemUTC();

    @PersistenceContext
    private EntityManager em;

    /** Every known machine, running ones first, then by name. */
    public List<ServerNodeView> nodes() {
        String local = LocalNode.name();
        var now = REAL_TIME.instant();
        return em.createQuery("select n from ServerNode n order by n.name", ServerNode.class).getResultList()
                .stream().map(n -> ServerNodeView.of(n, now, local))
                .sorted((a, b) -> Boolean.compare(b.running(), a.running())).toList();
    }

    /** How many machines run now (at least this one, which is running while it answers). */
    @PermitAll
    public int runningCount() {
        var now = REAL_TIME.instant();
        long running = em.createQuery("select n from ServerNode n", ServerNode.class).getResultList().stream()
                .filter(n -> n.isRunning(now)).count();
        return (int) Math.max(1, running);
    }

    /** Registers this node as started now (insert, or restart of a known name). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started() {
        var now = REAL_TIME.instant();
        ServerNode node = em.find(ServerNode.class, LocalNode.name(), LockModeType.PESSIMISTIC_WRITE);
        if (node == null) {
            em.persist(ServerNode.started(LocalNode.name(), LocalNode.host(), now));
        } else {
            node.restarted(LocalNode.host(), now);
        }
    }

    /** This node is still running; re-registers it if an administrator removed its row meanwhile. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void heartbeat() {
        ServerNode node = em.find(ServerNode.class, LocalNode.name());
        if (node == null) {
            started();
            return;
        }
        node.seen(REAL_TIME.instant());
    }

    /** Forgets a machine that stopped for good; a running one cannot be removed (it would come back). */
    public void remove(String name) {
        ServerNode node = em.find(ServerNode.class, name);
        if (node == null) {
            throw new ResourceNotFoundException("machine", name);
        }
        if (node.isRunning(REAL_TIME.instant())) {
            throw new ConflictException("inventory.running",
                    "Machine " + name + " is running; stop it before removing it from the inventory.");
        }
        em.remove(node);
    }
}
