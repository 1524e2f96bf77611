package org.ccadmin.shared.application;

import java.time.Instant;
import org.ccadmin.shared.domain.AuditAction;

/** Optional filters of the audit trail; null means "any". {@code from} inclusive, {@code to} exclusive. */
public record AuditFilter(String resourceType, Long resourceId, String actor, AuditAction action, Instant from, Instant to) {

    public static final java.util.Set<String> SORTABLE = java.util.Set.of("occurredAt", "id", "actor", "resourceType", "action");
}
