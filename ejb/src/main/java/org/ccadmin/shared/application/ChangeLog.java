package org.ccadmin.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import org.ccadmin.shared.domain.AuditAction;
import org.ccadmin.shared.domain.AuditEntry;
import org.ccadmin.shared.domain.Auditable;

/**
 * Records every configuration change in the audit trail, in the caller's transaction, and announces it.
 * Services call {@link #created}, {@link #updated} (with the state before the change) and {@link #deleted}
 * (before removing the item, while it still has its id and name).
 */
@Stateless
public class ChangeLog {

    /** Actor recorded for changes made by the system itself (start-up, timers). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @Inject
    private Event<ConfigurationChanged> changed;

    public void created(Auditable item) {
        record(AuditAction.CREATE, item, null);
    }

    public void updated(Auditable item, Map<String, Object> before) {
        record(AuditAction.UPDATE, item, before);
    }

    public void deleted(Auditable item) {
        record(AuditAction.DELETE, item, item.auditState());
    }

    /** As {@link #created(Auditable)}, on behalf of {@code actor} (a bulk job records who submitted it). */
    public void created(Auditable item, String actor) {
        record(AuditAction.CREATE, item, null, actor);
    }

    public void updated(Auditable item, Map<String, Object> before, String actor) {
        record(AuditAction.UPDATE, item, before, actor);
    }

    public void deleted(Auditable item, String actor) {
        record(AuditAction.DELETE, item, item.auditState(), actor);
    }

    public String actor() {
        Principal p = session.getCallerPrincipal();
        return p == null || "anonymous".equals(p.getName()) ? SYSTEM : p.getName();
    }

    private void record(AuditAction action, Auditable item, Map<String, Object> before) {
        record(action, item, before, actor());
    }

    private void record(AuditAction action, Auditable item, Map<String, Object> before, String actor) {
        AuditEntry entry = AuditEntry.of(clock.instant(), actor, action, item, before);
        if (entry != null) {
            em.persist(entry);
            changed.fire(new ConfigurationChanged(item.auditType(), item.auditId(), action, actor));
        }
    }
}
