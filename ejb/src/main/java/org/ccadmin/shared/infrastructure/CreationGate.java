package org.ccadmin.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Serialises the creations of a resource whose number in the system is limited, across every node of a cluster:
 * {@link #enter} locks the resource's row of {@code creation_gate} until the caller's transaction ends, so the
 * count that follows sees every creation committed before it and no other creation can slip in between the
 * count and the insert. Updates and deletions never enter: only a creation can pass a limit.
 */
@ApplicationScoped
public class CreationGate {

    @PersistenceContext
    private EntityManager em;

    /** Waits for, then holds until commit or rollback, the right to create {@code resource}s. */
    public void enter(String resource) {
        if (em.createNativeQuery("select resource from creation_gate where resource = ?1 for update")
                .setParameter(1, resource).getResultList().isEmpty()) {
            throw new IllegalStateException("No creation gate for '" + resource + "': add its row in a migration.");
        }
    }
}
