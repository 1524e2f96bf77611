package org.ccadmin.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/** Status, headers and body of one response, with the readers the tests need (JSON, problem details). */
public record ApiResponse(String request, int status, HttpHeaders headers, String body) {

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    /** The media type without parameters, e.g. {@code application/problem+json}. */
    public String mediaType() {
        return contentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    }

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new AssertionError(this + " does not have a JSON object body", e);
        }
    }

    public jakarta.json.JsonArray jsonArray() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        } catch (RuntimeException e) {
            throw new AssertionError(this + " does not have a JSON array body", e);
        }
    }

    /** The problem's stable machine key ({@code code}). */
    public String code() {
        return json().getString("code", null);
    }

    /** The names of the fields the problem's {@code errors} list. */
    public List<String> errorFields() {
        JsonObject problem = json();
        if (!problem.containsKey("errors") || problem.get("errors") == JsonValue.NULL) {
            return List.of();
        }
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    /** The {@code code} given for {@code field} in {@code errors}, if that field is listed. */
    public Optional<String> errorCode(String field) {
        JsonObject problem = json();
        if (!problem.containsKey("errors")) {
            return Optional.empty();
        }
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> field.equals(e.getString("field"))).map(e -> e.getString("code")).findFirst();
    }

    public String location() {
        return header("Location").orElseThrow(() -> new AssertionError(request + " answered without Location"));
    }

    public String etag() {
        return header("ETag").orElseThrow(() -> new AssertionError(request + " answered without ETag"));
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
        return request + " → " + status + " " + contentType() + " " + shown;
    }
}
