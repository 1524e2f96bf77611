package org.ccadmin.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/** Request bodies written as name/value pairs: {@code JsonBody.of("name", "Chat", "taskLife", 600)}. */
public final class JsonBody {

    private JsonBody() {
    }

    public static String of(Object... namesAndValues) {
        return object(namesAndValues).toString();
    }

    /** The same pairs as a JSON object, e.g. to nest it in another body. */
    public static JsonObject object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected");
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.add((String) namesAndValues[i], value(namesAndValues[i + 1]));
        }
        return b.build();
    }

    static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof JsonValue json) {
            return json;
        }
        if (v instanceof String s) {
            return Json.createValue(s);
        }
        if (v instanceof Integer n) {
            return Json.createValue(n);
        }
        if (v instanceof Long n) {
            return Json.createValue(n);
        }
        if (v instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof List<?> list) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            list.forEach(e -> a.add(value(e)));
            return a.build();
        }
        throw new IllegalArgumentException("Unsupported JSON value " + v.getClass());
    }
}
