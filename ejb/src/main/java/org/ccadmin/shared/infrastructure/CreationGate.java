package org.ccadmin.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Serialises the creations of a resource whose number in the system is limited, across every node of a cluster:
 * {@link #enter} locks the resource's row of {@code creation_gate} until the caller's transaction ends, so the
 * count that follows sees every creation committed before it and no other creation can slip in between the
 * count and the insert. Deletions never enter; a change enters only where it can grow a limited total (the
 * steps of all precision queues). Entering again in the same transaction is harmless.
 */
@ApplicationScoped
public class CreationGate {

    @PersistenceContext
    private EntityManager em;

    /** Waits for, then holds until commit or rollback, the right to create {@code resource}s. */
    public void enter(String resource) {
        // No flush first (a native query flushes by default): a bulk row's pending changes must stay unwritten
        // until the row is known to succeed, so that a refused row can still be detached without a trace.
        if (em.createNativeQuery("select resource from creation_gate where resource = ?1 for update")
                .setFlushMode(FlushModeType.COMMIT).setParameter(1, resource).getResultList().isEmpty()) {
            throw new IllegalStateException("No creation gate for '" + resource + "': add its row in a migration.");
        }
    }
}
