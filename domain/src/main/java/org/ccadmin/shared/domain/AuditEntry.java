package org.ccadmin.shared.domain;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One recorded configuration change: who changed which item, when, and each changed field with its value
 * before and after (a JSON object {@code {"field": {"from": …, "to": …}}}). Entries are written in the same
 * transaction as the change, so a rolled-back change leaves no entry and a committed one always has one.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    // From a sequence in blocks of 50 (not the column's identity): inserts then go in JDBC batches (bulk jobs).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "resource_type", nullable = false)
    private String resourceType;

    @Column(name = "resource_id", nullable = false)
    private Long resourceId;

    @Column(name = "resource_name")
    private String resourceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private AuditAction action;

    @Column(name = "changes", nullable = false)
    private String changes;

    protected AuditEntry() {
    }

    private AuditEntry(Instant occurredAt, String actor, Auditable item, AuditAction action, String changes) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.resourceType = item.auditType();
        this.resourceId = item.auditId();
        this.resourceName = item.auditName();
        this.action = action;
        this.changes = changes;
    }

    /**
     * The entry for a change from {@code before} (null on create) to the item's current state (or to nothing
     * on delete); null when an update changed nothing, so no-op saves leave no noise in the trail.
     */
    public static AuditEntry of(Instant at, String actor, AuditAction action, Auditable item, Map<String, Object> before) {
        Map<String, Object> after = action == AuditAction.DELETE ? Map.of() : item.auditState();
        Map<String, Object> from = before == null ? Map.of() : before;
        Set<String> fields = new LinkedHashSet<>(from.keySet());
        fields.addAll(after.keySet());
        JsonObjectBuilder diff = Json.createObjectBuilder();
        boolean changed = false;
        for (String field : fields) {
            Object old = from.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                diff.add(field, Json.createObjectBuilder().add("from", json(old)).add("to", json(now)));
                changed = true;
            }
        }
        if (!changed && action == AuditAction.UPDATE) {
            return null;
        }
        return new AuditEntry(at, actor, item, action, diff.build().toString());
    }

    private static jakarta.json.JsonValue json(Object value) {
        if (value == null) {
            return jakarta.json.JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE;
        }
        if (value instanceof Integer i) {
            return Json.createValue(i);
        }
        if (value instanceof Long l) {
            return Json.createValue(l);
        }
        if (value instanceof Iterable<?> list) {
            var array = Json.createArrayBuilder();
            list.forEach(element -> array.add(json(element)));
            return array.build();
        }
        return Json.createValue(value.toString());
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String resourceType() {
        return resourceType;
    }

    public Long resourceId() {
        return resourceId;
    }

    public String resourceName() {
        return resourceName;
    }

    public AuditAction action() {
        return action;
    }

    public String changes() {
        return changes;
    }
}
