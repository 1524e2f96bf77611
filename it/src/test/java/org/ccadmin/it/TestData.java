package org.ccadmin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Builders for the items a test needs, created through the API like any client would. Every item created
 * here is deleted again after the test ({@link #deleteAll}), so tests stay independent of each other and
 * of the 20-domain system limit.
 */
public final class TestData {

    public static final String MRDS = "api/v1/media-routing-domains";
    public static final String BUCKET_INTERVALS = "api/v1/bucket-intervals";
    public static final String AUDIT = "api/v1/audit";
    public static final String ATTRIBUTES = "api/v1/attributes";
    public static final String AGENTS = "api/v1/agents";
    public static final String AGENT_TEAMS = "api/v1/agent-teams";
    public static final String ATTRIBUTE_EDITS = "api/v1/agents/attribute-edits";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Api api;
    private final Deque<String> created = new ArrayDeque<>();

    public TestData(Api api) {
        this.api = api;
    }

    /** A multichannel media routing domain with this name and the given extra fields. */
    public JsonObject mediaRoutingDomain(String name, Object... fields) {
        return create(MRDS, with(fields, "name", name));
    }

    public JsonObject bucketInterval(String name, List<Integer> upperBounds, Object... fields) {
        return create(BUCKET_INTERVALS, with(fields, "name", name, "upperBounds", upperBounds));
    }

    /** An attribute of the given type ({@code boolean} or {@code proficiency}) with the given extra fields. */
    public JsonObject attribute(String name, String type, Object... fields) {
        return create(ATTRIBUTES, with(fields, "name", name, "type", type));
    }

    /** An agent with this user name and the given extra fields (no password unless given: hashing is slow). */
    public JsonObject agent(String userName, Object... fields) {
        return create(AGENTS, with(fields, "userName", userName));
    }

    public JsonObject agentTeam(String name, Object... fields) {
        return create(AGENT_TEAMS, with(fields, "name", name));
    }

    /** A random agent ID of {@code digits} digits starting with 9 (generated ones have 7 digits). */
    public static String agentId(int digits) {
        StringBuilder s = new StringBuilder("9");
        while (s.length() < digits) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    /** One element of an agent's {@code attributes}: {@code {"attributeId": …, "value": …}}. */
    public static JsonObject value(JsonObject attribute, Object value) {
        return JsonBody.object("attributeId", attribute.getJsonNumber("id").longValue(), "value", value);
    }

    /** Remembers an item a test created itself (a 201 response), so it is cleaned up too. */
    public ApiResponse track(ApiResponse response) {
        if (response.status() == 201) {
            created.push(response.location());
        }
        return response;
    }

    /** Deletes this item (a path such as {@code api/v1/agents/5012}) with the others after the test. */
    public void track(String location) {
        created.push(location);
    }

    public void deleteAll() {
        List<String> failures = new ArrayList<>();
        while (!created.isEmpty()) {
            String location = created.pop();
            ApiResponse current = api.get(location);
            if (current.status() == 404) {
                continue;
            }
            ApiResponse deleted = api.request("DELETE", location).header("If-Match", current.etag()).send();
            if (deleted.status() != 204) {
                failures.add(deleted.toString());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Clean-up failed: " + failures);
        }
    }

    private JsonObject create(String collection, Object[] fields) {
        ApiResponse response = track(api.post(collection, JsonBody.of(fields)));
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }

    private static Object[] with(Object[] fields, Object... first) {
        Object[] all = Arrays.copyOf(first, first.length + fields.length);
        System.arraycopy(fields, 0, all, first.length, fields.length);
        return all;
    }

    /** The path of one item of a collection. */
    public static String item(String collection, JsonObject item) {
        return collection + "/" + item.getJsonNumber("id").longValue();
    }

    public static String item(String collection, long id) {
        return collection + "/" + id;
    }
}
