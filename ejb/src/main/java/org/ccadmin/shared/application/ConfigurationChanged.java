package org.ccadmin.shared.application;

import org.ccadmin.shared.domain.AuditAction;

/**
 * A configuration item was created, changed or deleted. Fired inside the transaction; observers that reach
 * the outside world (pushing to pages) observe {@code AFTER_SUCCESS}, so a rolled-back change is never shown.
 */
public record ConfigurationChanged(String resourceType, long id, AuditAction action, String actor) {
}
