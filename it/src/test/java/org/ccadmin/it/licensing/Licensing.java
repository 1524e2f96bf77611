package org.ccadmin.it.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.JsonBody;

/** License Management over REST, as the licensing ITs use it. */
final class Licensing {

    static final String STATUS = "api/v1/licensing";
    static final String SETTINGS = "api/v1/licensing/settings";
    static final String TRANSPORT = "api/v1/licensing/transport";
    static final String CA_CERTIFICATE = "api/v1/licensing/transport/ca-certificate";
    static final String LOG = "api/v1/licensing/log";
    static final String CLOCK = "api/v1/simulated-clock";

    private final Api api;

    Licensing(Api api) {
        this.api = api;
    }

    JsonObject status() {
        return ok(api.get(STATUS));
    }

    long stamp() {
        return status().getJsonNumber("changeStamp").longValue();
    }

    ApiResponse settings(String deploymentType, String licenseType, String usageMode) {
        return api.put(SETTINGS, JsonBody.of("deploymentType", deploymentType, "licenseType", licenseType,
                "usageMode", usageMode, "changeStamp", stamp()));
    }

    ApiResponse transport(Object... fields) {
        Object[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "changeStamp";
        all[fields.length + 1] = stamp();
        return api.put(TRANSPORT, JsonBody.of(all));
    }

    ApiResponse action(String name) {
        return api.post(STATUS + "/" + name, "{}");
    }

    /** Unregistered again, Flex Production on Unified CCE 2000, Direct: the state every test may start from. */
    void reset() {
        if (!"UNREGISTERED".equals(status().getString("registrationStatus"))) {
            ok(action("deregister"));
        }
        ok(transport("mode", "DIRECT"));
        ok(settings("UNIFIED_CCE_2000_AGENTS", "FLEX", "PRODUCTION"));
    }

    JsonObject advanceClock(String by) {
        return ok(api.post(CLOCK, JsonBody.of("advanceBy", by)));
    }

    /** The newest log lines first. */
    JsonObject log(int size) {
        return ok(api.get(LOG + "?size=" + size));
    }

    static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    static String testCa() {
        try (InputStream in = Licensing.class.getResourceAsStream("/licensing/test-ca.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
