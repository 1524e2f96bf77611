package org.ccadmin.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2025-03-01T10:15:30Z");

    /** A configuration item whose state the test sets directly. */
    private static final class Item implements Auditable {
        final Map<String, Object> state = new LinkedHashMap<>();

        Item with(String field, Object value) {
            state.put(field, value);
            return this;
        }

        Map<String, Object> snapshot() {
            return new LinkedHashMap<>(state);
        }

        @Override
        public String auditType() {
            return "widget";
        }

        @Override
        public Long auditId() {
            return 42L;
        }

        @Override
        public String auditName() {
            return (String) state.get("name");
        }

        @Override
        public Map<String, Object> auditState() {
            return snapshot();
        }
    }

    private static Item sample() {
        return new Item().with("name", "Chat").with("taskLife", 1200).with("interruptible", false)
                .with("bounds", List.of(10, 20)).with("big", 5_000_000_000L);
    }

    private static JsonObject changes(AuditEntry entry) {
        try (JsonReader reader = Json.createReader(new StringReader(entry.changes()))) {
            return reader.readObject();
        }
    }

    private static JsonObject change(JsonObject changes, String field) {
        JsonObject c = changes.getJsonObject(field);
        assertNotNull(c, "no change recorded for " + field + " in " + changes);
        assertEquals(Set.of("from", "to"), c.keySet());
        return c;
    }

    @Test
    void createRecordsEveryFieldFromNull() {
        AuditEntry entry = AuditEntry.of(AT, "alice", AuditAction.CREATE, sample(), null);
        JsonObject changes = changes(entry);
        assertEquals(List.of("name", "taskLife", "interruptible", "bounds", "big"), List.copyOf(changes.keySet()));
        for (String field : changes.keySet()) {
            assertEquals(JsonValue.NULL, change(changes, field).get("from"), field);
        }
    }

    @Test
    void createRecordsCurrentValuesWithTheirJsonTypes() {
        JsonObject changes = changes(AuditEntry.of(AT, "alice", AuditAction.CREATE, sample(), null));
        assertEquals("Chat", change(changes, "name").getString("to"));
        assertEquals(1200, change(changes, "taskLife").getInt("to"));
        assertEquals(JsonValue.FALSE, change(changes, "interruptible").get("to"));
        assertEquals(Json.createArrayBuilder().add(10).add(20).build(), change(changes, "bounds").get("to"));
        assertEquals(5_000_000_000L, change(changes, "big").getJsonNumber("to").longValueExact());
    }

    @Test
    void entryCarriesWhoWhenWhatAndWhich() {
        AuditEntry entry = AuditEntry.of(AT, "alice", AuditAction.CREATE, sample(), null);
        assertEquals(AT, entry.occurredAt());
        assertEquals("alice", entry.actor());
        assertEquals(AuditAction.CREATE, entry.action());
        assertEquals("widget", entry.resourceType());
        assertEquals(42L, entry.resourceId());
        assertEquals("Chat", entry.resourceName());
        assertNull(entry.id());
    }

    @Test
    void updateWithoutAnyChangeReturnsNull() {
        Item item = sample();
        Map<String, Object> before = item.snapshot();
        assertNull(AuditEntry.of(AT, "alice", AuditAction.UPDATE, item, before));
    }

    @Test
    void updateRecordsOnlyTheChangedFields() {
        Item item = sample();
        Map<String, Object> before = item.snapshot();
        item.with("taskLife", 600).with("interruptible", true);
        JsonObject changes = changes(AuditEntry.of(AT, "bob", AuditAction.UPDATE, item, before));
        assertEquals(Set.of("taskLife", "interruptible"), changes.keySet());
    }

    @Test
    void updateRecordsOldAndNewValueOfAChangedField() {
        Item item = sample();
        Map<String, Object> before = item.snapshot();
        item.with("taskLife", 600);
        JsonObject taskLife = change(changes(AuditEntry.of(AT, "bob", AuditAction.UPDATE, item, before)), "taskLife");
        assertEquals(1200, taskLife.getInt("from"));
        assertEquals(600, taskLife.getInt("to"));
    }

    @Test
    void updateRecordsAValueThatBecameNull() {
        Item item = sample().with("description", "old text");
        Map<String, Object> before = item.snapshot();
        item.with("description", null);
        JsonObject description = change(changes(AuditEntry.of(AT, "bob", AuditAction.UPDATE, item, before)), "description");
        assertEquals("old text", description.getString("from"));
        assertEquals(JsonValue.NULL, description.get("to"));
    }

    @Test
    void updateRecordsAValueThatWasNullBefore() {
        Item item = sample().with("description", null);
        Map<String, Object> before = item.snapshot();
        item.with("description", "new text");
        JsonObject description = change(changes(AuditEntry.of(AT, "bob", AuditAction.UPDATE, item, before)), "description");
        assertEquals(JsonValue.NULL, description.get("from"));
        assertEquals("new text", description.getString("to"));
    }

    @Test
    void updateOfAListRecordsBothWholeLists() {
        Item item = sample();
        Map<String, Object> before = item.snapshot();
        item.with("bounds", List.of(10, 20, 30));
        JsonObject bounds = change(changes(AuditEntry.of(AT, "bob", AuditAction.UPDATE, item, before)), "bounds");
        assertEquals(Json.createArrayBuilder().add(10).add(20).build(), bounds.get("from"));
        assertEquals(Json.createArrayBuilder().add(10).add(20).add(30).build(), bounds.get("to"));
    }

    @Test
    void updateWithEqualButDistinctListIsNoChange() {
        Item item = sample();
        Map<String, Object> before = item.snapshot();
        item.with("bounds", new java.util.ArrayList<>(List.of(10, 20)));
        assertNull(AuditEntry.of(AT, "bob", AuditAction.UPDATE, item, before));
    }

    @Test
    void updateCarriesTheUpdateAction() {
        Item item = sample();
        Map<String, Object> before = item.snapshot();
        item.with("name", "Email");
        AuditEntry entry = AuditEntry.of(AT, "bob", AuditAction.UPDATE, item, before);
        assertEquals(AuditAction.UPDATE, entry.action());
        assertEquals("Email", entry.resourceName());
    }

    @Test
    void deleteRecordsEveryFieldToNull() {
        Item item = sample();
        AuditEntry entry = AuditEntry.of(AT, "carol", AuditAction.DELETE, item, item.snapshot());
        JsonObject changes = changes(entry);
        assertEquals(List.of("name", "taskLife", "interruptible", "bounds", "big"), List.copyOf(changes.keySet()));
        for (String field : changes.keySet()) {
            assertEquals(JsonValue.NULL, change(changes, field).get("to"), field);
        }
        assertEquals("Chat", change(changes, "name").getString("from"));
        assertEquals(1200, change(changes, "taskLife").getInt("from"));
    }

    @Test
    void deleteIsRecordedEvenThoughTheItemStillReportsState() {
        Item item = sample();
        AuditEntry entry = AuditEntry.of(AT, "carol", AuditAction.DELETE, item, item.snapshot());
        assertNotNull(entry);
        assertEquals(AuditAction.DELETE, entry.action());
        assertEquals("Chat", entry.resourceName());
    }

    @Test
    void changesAreValidJsonObjects() {
        Item item = sample().with("name", "quote\"and\\backslash");
        AuditEntry entry = AuditEntry.of(AT, "alice", AuditAction.CREATE, item, null);
        assertTrue(entry.changes().startsWith("{"));
        assertEquals("quote\"and\\backslash", change(changes(entry), "name").getString("to"));
    }
}
