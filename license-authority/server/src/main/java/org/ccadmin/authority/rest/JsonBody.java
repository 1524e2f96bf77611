package org.ccadmin.authority.rest;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.ccadmin.authority.domain.Checks;

/**
 * Strict reading of an administration request body: not JSON, an unknown field or a field of the wrong type
 * is reported by name, together with every other problem; {@link #done()} refuses the body if there were any.
 */
final class JsonBody {

    private final JsonObject object;
    private final Checks checks = new Checks();

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    static JsonBody parse(String text, Set<String> known) {
        JsonValue value = null;
        try (var reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            value = reader.readValue();
        } catch (IllegalStateException | jakarta.json.JsonException e) {
            new Checks().add("body", "invalidInput.malformedJson", "The body is not valid JSON.").throwIfAny();
        }
        if (!(value instanceof JsonObject object)) {
            new Checks().add("body", "invalidInput.notAnObject", "The body must be a JSON object.").throwIfAny();
            return null;
        }
        JsonBody body = new JsonBody(object);
        object.keySet().stream().filter(k -> !known.contains(k))
                .forEach(k -> body.checks.add(k, "invalidInput.unknownField", "Unknown field '" + k + "'."));
        return body;
    }

    String string(String field) {
        JsonValue v = present(field);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        wrongType(field, "a string");
        return null;
    }

    Integer integer(String field) {
        JsonValue v = present(field);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 32) {
            return n.intValue();
        }
        wrongType(field, "a whole number");
        return null;
    }

    Boolean bool(String field) {
        JsonValue v = present(field);
        if (v == null) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        wrongType(field, "true or false");
        return null;
    }

    LocalDate date(String field) {
        String text = string(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            checks.add(field, "invalidInput.wrongType", field + " must be a date like 2027-01-31.");
            return null;
        }
    }

    /** Refuses the body if any field was unknown or of the wrong type. */
    void done() {
        checks.throwIfAny();
    }

    private JsonValue present(String field) {
        JsonValue v = object.get(field);
        return v == null || v == JsonValue.NULL ? null : v;
    }

    private void wrongType(String field, String expected) {
        checks.add(field, "invalidInput.wrongType", field + " must be " + expected + ".");
    }
}
