package org.ccadmin.shared.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.ccadmin.shared.domain.AuditEntry;

/** An audit trail entry as it leaves the service; {@code changes} is {@code {"field": {"from": …, "to": …}}}. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String resourceType, long resourceId,
        String resourceName, String action, JsonObject changes) {

    static AuditEntryView of(AuditEntry e) {
        JsonObject changes;
        try (var reader = Json.createReader(new StringReader(e.changes()))) {
            changes = reader.readObject();
        }
        return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.resourceType(), e.resourceId(),
                e.resourceName(), e.action().name(), changes);
    }
}
