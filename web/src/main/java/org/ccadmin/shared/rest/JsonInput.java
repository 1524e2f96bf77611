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
    private final Violations violations = new Violations();

    private JsonInput(JsonObject body) {
        this.body = body;
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
        for (String field : object.keySet()) {
            if (!known.contains(field)) {
                input.violations.add(field, "invalidInput.unknownField", "Unknown field '" + field + "'.");
            }
        }
        return input;
    }

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
            violations.add(field, "invalidInput.outOfRange", field + " is outside the range of whole numbers accepted here.");
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
            violations.add(field, "invalidInput.outOfRange", field + " is outside the range of whole numbers accepted here.");
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
        violations.add(field, "invalidInput.wrongType", field + " must be " + expected + ".");
    }

    private static org.ccadmin.shared.domain.InvalidInputException violation(String field, String code, String message) {
        return org.ccadmin.shared.domain.InvalidInputException.of(field, code, message);
    }
}
