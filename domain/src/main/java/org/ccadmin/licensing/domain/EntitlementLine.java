package org.ccadmin.licensing.domain;

/** One row of the license consumption summary: a license line and its status (usage counts come later). */
public record EntitlementLine(Entitlement entitlement, EntitlementStatus status) {
}
