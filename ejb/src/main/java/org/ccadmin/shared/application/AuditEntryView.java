package org.ccadmin.shared.application;

import java.time.Instant;
import org.ccadmin.shared.domain.AuditEntry;

/** An audit trail entry as it leaves the service; {@code changes} is the JSON diff. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String resourceType, long resourceId,
        String resourceName, String action, String changes) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.resourceType(), e.resourceId(),
                e.resourceName(), e.action().name(), e.changes());
    }
}
