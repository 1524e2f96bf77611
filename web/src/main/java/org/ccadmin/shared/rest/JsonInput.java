package org.ccadmin.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ccadmin.shared.domain.Violations;

/**
 * Strict reading of a JSON request body: malformed JSON, a field of the wrong type or an unknown field is
 * reported with the field's name, together with every other problem of the body. Resources read what they
 * need, then call {@link #done()}; the domain then checks the values themselves.
 */
public final class JsonInput {

    private final JsonObject body;
    private final Violations violations;
    private final String prefix;

    private JsonInput(JsonObject body) {
        this(body, new Violations(), "");
    }

    private JsonInput(JsonObject body, Violations violations, String prefix) {
        this.body = body;
        this.violations = violations;
        this.prefix = prefix;
    }

    /** Parses {@code text}; {@code known} lists every accepted field (read-only ones included, they are ignored). */
    public static JsonInput parse(String text, Set<String> known) {
        if (text == null || text.isBlank()) {
            throw violation("body", "invalidInput.bodyRequired", "The request needs a JSON object body.");
        }
        JsonValue value;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                var at = parser.getLocation();
                throw violation("body", "invalidInput.malformedJson", "The body has content after its JSON value (line "
                        + at.getLineNumber() + ", column " + at.getColumnNumber() + ").");
            }
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw violation("body", "invalidInput.malformedJson", "The body is not valid JSON (line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + ").");
        } catch (org.ccadmin.shared.domain.InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parser limits (huge exponents or numbers, deep nesting) surface as plain runtime exceptions.
            throw violation("body", "invalidInput.malformedJson", "The body is not valid JSON or exceeds the parser's limits.");
        }
        if (!(value instanceof JsonObject object)) {
            throw violation("body", "invalidInput.notAnObject", "The body must be a JSON object.");
        }
        JsonInput input = new JsonInput(object);
        input.refuseUnknown(known);
        return input;
    }

    private void refuseUnknown(Set<String> known) {
        for (String field : body.keySet()) {
            if (!known.contains(field)) {
                violations.add(prefix + field, "invalidInput.unknownField", "Unknown field '" + prefix + field + "'.");
            }
        }
    }

    /**
     * An array of objects, each read like a body of its own with {@code known} fields; problems are reported
     * with the element's path, e.g. {@code attributes[2].value}.
     */
    public List<JsonInput> objects(String field, Set<String> known) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray array)) {
            typeError(field, "an array of objects");
            return null;
        }
        List<JsonInput> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject element) {
                JsonInput item = new JsonInput(element, violations, prefix + field + "[" + i + "].");
                item.refuseUnknown(known);
                items.add(item);
            } else {
                violations.add(prefix + field + "[" + i + "]", "invalidInput.wrongType", prefix + field + "[" + i + "] must be an object.");
            }
        }
        return items;
    }

    /** A nested object read like a body of its own; problems carry its path, e.g. {@code query.q}. */
    public JsonInput object(String field, Set<String> known) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonObject nested)) {
            typeError(field, "an object");
            return null;
        }
        JsonInput item = new JsonInput(nested, violations, prefix + field + ".");
        item.refuseUnknown(known);
        return item;
    }

    /** Reports a problem the resource found in the body (reported together with the parsing problems). */
    public void refuse(String field, String code, String message) {
        violations.add(prefix + field, code, message);
    }

    /** Reports a required field that is absent or null. */
    public void required(String field) {
        if (!body.containsKey(field) || body.get(field) == JsonValue.NULL) {
            violations.add(prefix + field, "invalidInput.fieldRequired", prefix + field + " is required.");
        }
    }

    /** An array of whole numbers (ids); no null elements. */
    public List<Long> longs(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray array)) {
            typeError(field, "an array of ids");
            return null;
        }
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            BigDecimal d = array.get(i) == JsonValue.NULL ? null : wholeNumber(field + "[" + i + "]", array.get(i));
            if (d == null) {
                if (array.get(i) == JsonValue.NULL) {
                    typeError(field + "[" + i + "]", "an id");
                }
                continue;
            }
            try {
                values.add(d.longValueExact());
            } catch (ArithmeticException e) {
                typeError(field + "[" + i + "]", "an id");
            }
        }
        return values;
    }

    /**
     * An object from ids to whole numbers, such as {@code {"5001": 3}} (JSON keys are text); a key that is not an
     * id or a value that is not a whole number is reported under {@code field.key}.
     */
    public java.util.Map<Long, Long> idMap(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonObject object)) {
            typeError(field, "an object from ids to whole numbers");
            return null;
        }
        java.util.Map<Long, Long> values = new java.util.LinkedHashMap<>();
        for (var entry : object.entrySet()) {
            String path = field + "." + entry.getKey();
            Long key;
            try {
                key = Long.valueOf(entry.getKey().strip());
            } catch (NumberFormatException e) {
                violations.add(prefix + path, "invalidInput.wrongType", prefix + field + " keys must be ids, not '" + entry.getKey() + "'.");
                continue;
            }
            BigDecimal d = entry.getValue() == JsonValue.NULL ? null : wholeNumber(path, entry.getValue());
            if (entry.getValue() == JsonValue.NULL) {
                typeError(path, "a whole number");
            }
            if (d != null) {
                try {
                    values.put(key, d.longValueExact());
                } catch (ArithmeticException e) {
                    typeError(path, "a whole number");
                }
            }
        }
        return values;
    }

    /** An array of strings. */
    public List<String> strings(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray array)) {
            typeError(field, "an array of strings");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof jakarta.json.JsonString str) {
                values.add(str.getString());
            } else {
                typeError(field + "[" + i + "]", "a string");
            }
        }
        return values;
    }

    /** A boolean, whole number or string, as given; the domain decides what it must be (attribute values). */
    public Object scalar(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return switch (v.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> body.getString(field);
            case NUMBER -> integer(field);
            default -> {
                typeError(field, "true, false or a whole number");
                yield null;
            }
        };
    }

    /** True when the field is present, even with the value null (e.g. "teamId": null means "no team"). */
    public boolean has(String field) {
        return body.containsKey(field);
    }

    public String string(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            typeError(field, "a string");
            return null;
        }
        return body.getString(field);
    }

    public Integer integer(String field) {
        return integer(field, body.get(field));
    }

    public Long longValue(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        BigDecimal d = wholeNumber(field, v);
        if (d == null) {
            return null;
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            violations.add(prefix + field, "invalidInput.outOfRange", prefix + field + " is outside the range of whole numbers accepted here.");
            return null;
        }
    }

    public Boolean bool(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        typeError(field, "true or false");
        return null;
    }

    /** An array of whole numbers; elements may be null (the domain decides whether that is a gap). */
    public List<Integer> integers(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray array)) {
            typeError(field, "an array of whole numbers");
            return null;
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            values.add(element == JsonValue.NULL ? null : integer(field + "[" + i + "]", element));
        }
        return values;
    }

    /** The enum constant the field names (null if absent); an unknown name is refused listing the accepted ones. */
    public <E extends Enum<E>> E constant(String field, Class<E> type) {
        String value = string(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            refuse(field, "invalidInput.unknownValue", field + " must be one of: "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")) + ".");
            return null;
        }
    }

    /** Throws the collected problems, if any. */
    public void done() {
        violations.throwIfAny();
    }

    private Integer integer(String field, JsonValue v) {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        BigDecimal d = wholeNumber(field, v);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            violations.add(prefix + field, "invalidInput.outOfRange", prefix + field + " is outside the range of whole numbers accepted here.");
            return null;
        }
    }

    private BigDecimal wholeNumber(String field, JsonValue v) {
        if (!(v instanceof JsonNumber n)) {
            typeError(field, "a whole number");
            return null;
        }
        BigDecimal d = n.bigDecimalValue();
        if (d.stripTrailingZeros().scale() > 0) {
            typeError(field, "a whole number");
            return null;
        }
        return d;
    }

    private void typeError(String field, String expected) {
        violations.add(prefix + field, "invalidInput.wrongType", prefix + field + " must be " + expected + ".");
    }

    private static org.ccadmin.shared.domain.InvalidInputException violation(String field, String code, String message) {
        return org.ccadmin.shared.domain.InvalidInputException.of(field, code, message);
    }
}
