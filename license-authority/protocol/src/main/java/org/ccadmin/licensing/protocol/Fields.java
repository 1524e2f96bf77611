package org.ccadmin.licensing.protocol;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Strict reading of message JSON: a missing or mistyped field is a malformed message naming the field. */
final class Fields {

    private Fields() {
    }

    static String string(JsonObject o, String name) {
        String value = optionalString(o, name);
        if (value == null || value.isBlank()) {
            throw malformed(name + " is required.");
        }
        return value;
    }

    static String optionalString(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw malformed(name + " must be a string.");
        }
        return s.getString();
    }

    static boolean bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        throw malformed(name + " must be true or false.");
    }

    static int integer(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw malformed(name + " must be a whole number.");
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw malformed(name + " is out of range.");
        }
    }

    static Instant optionalInstant(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : instant(o, name);
    }

    static Instant instant(JsonObject o, String name) {
        String text = string(o, name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(name + " must be an ISO-8601 UTC instant.");
        }
    }

    static UUID uuid(String text, String name) {
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equalsIgnoreCase(text)) {
                throw malformed(name + " must be a UUID.");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw malformed(name + " must be a UUID.");
        }
    }

    static JsonObject object(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (!(v instanceof JsonObject object)) {
            throw malformed(name + " must be an object.");
        }
        return object;
    }

    static List<String> strings(JsonObject o, String name) {
        return list(o, name, v -> {
            if (!(v instanceof JsonString s) || s.getString().isBlank()) {
                throw malformed(name + " must hold non-empty strings.");
            }
            return s.getString();
        });
    }

    static <T> List<T> objects(JsonObject o, String name, Function<JsonObject, T> reader) {
        return list(o, name, v -> {
            if (!(v instanceof JsonObject object)) {
                throw malformed(name + " must hold objects.");
            }
            return reader.apply(object);
        });
    }

    private static <T> List<T> list(JsonObject o, String name, Function<JsonValue, T> reader) {
        JsonValue v = o.get(name);
        if (!(v instanceof JsonArray array)) {
            throw malformed(name + " must be an array.");
        }
        List<T> values = new ArrayList<>();
        for (JsonValue element : array) {
            values.add(reader.apply(element));
        }
        return List.copyOf(values);
    }

    static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        values.forEach(b::add);
        return b;
    }

    static <T> JsonArrayBuilder array(List<T> values, Function<T, JsonObject> writer) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        values.forEach(v -> b.add(writer.apply(v)));
        return b;
    }

    static JsonObjectBuilder builder() {
        return Json.createObjectBuilder();
    }

    static ProtocolException malformed(String message) {
        return new ProtocolException(ProtocolException.MALFORMED, message);
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
