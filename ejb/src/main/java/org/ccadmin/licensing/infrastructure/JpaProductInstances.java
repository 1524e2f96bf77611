package org.ccadmin.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ccadmin.licensing.domain.LicensingLogEntry;
import org.ccadmin.licensing.domain.StoredProductInstance;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;

/** The one product instance row and the licensing log. */
@ApplicationScoped
public class JpaProductInstances {

    @PersistenceContext
    private EntityManager em;

    public Optional<StoredProductInstance> find() {
        return Optional.ofNullable(em.find(StoredProductInstance.class, StoredProductInstance.ID));
    }

    /**
     * The row, locked until the transaction ends: every change (an administrator's, or the timer's on any node)
     * runs one after the other, so two nodes never renew or register at the same time.
     */
    public Optional<StoredProductInstance> lock() {
        return Optional.ofNullable(em.find(StoredProductInstance.class, StoredProductInstance.ID, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(StoredProductInstance instance) {
        em.persist(instance);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public void append(LicensingLogEntry entry) {
        em.persist(entry);
    }

    public Page<LicensingLogEntry> log(PageRequest page) {
        return PagedSearch.of(em, LicensingLogEntry.class).text("summary", "detail").page(page);
    }
}
