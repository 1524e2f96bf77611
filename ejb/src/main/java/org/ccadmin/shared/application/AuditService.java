package org.ccadmin.shared.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.AuditEntry;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;

/** Reads the audit trail. Text matches the item's name, the actor or the changes. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    public Page<AuditEntryView> search(AuditFilter f, PageRequest page) {
        PagedSearch<AuditEntry> search = PagedSearch.of(em, AuditEntry.class).text("resourceName", "actor", "changes");
        if (f.resourceType() != null) {
            search.filter((cb, r) -> cb.equal(r.get("resourceType"), f.resourceType()));
        }
        if (f.resourceId() != null) {
            search.filter((cb, r) -> cb.equal(r.get("resourceId"), f.resourceId()));
        }
        if (f.actor() != null) {
            search.filter((cb, r) -> cb.equal(r.get("actor"), f.actor()));
        }
        if (f.action() != null) {
            search.filter((cb, r) -> cb.equal(r.get("action"), f.action()));
        }
        if (f.from() != null) {
            search.filter((cb, r) -> cb.greaterThanOrEqualTo(r.get("occurredAt"), f.from()));
        }
        if (f.to() != null) {
            search.filter((cb, r) -> cb.lessThan(r.get("occurredAt"), f.to()));
        }
        return search.page(page).map(AuditEntryView::of);
    }
}
