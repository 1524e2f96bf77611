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
public final class Licensing {

    public static final String STATUS = "api/v1/licensing";
    public static final String SETTINGS = "api/v1/licensing/settings";
    public static final String TRANSPORT = "api/v1/licensing/transport";
    public static final String CA_CERTIFICATE = "api/v1/licensing/transport/ca-certificate";
    public static final String LOG = "api/v1/licensing/log";
    public static final String CLOCK = "api/v1/simulated-clock";

    private final Api api;

    public Licensing(Api api) {
        this.api = api;
    }

    public JsonObject status() {
        return ok(api.get(STATUS));
    }

    public long stamp() {
        return status().getJsonNumber("changeStamp").longValue();
    }

    public ApiResponse settings(String deploymentType, String licenseType, String usageMode) {
        return api.put(SETTINGS, JsonBody.of("deploymentType", deploymentType, "licenseType", licenseType,
                "usageMode", usageMode, "changeStamp", stamp()));
    }

    public ApiResponse transport(Object... fields) {
        Object[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "changeStamp";
        all[fields.length + 1] = stamp();
        return api.put(TRANSPORT, JsonBody.of(all));
    }

    public ApiResponse action(String name) {
        return api.post(STATUS + "/" + name, "{}");
    }

    /** Unregistered again, Flex Production on Unified CCE 2000, Direct: the state every test may start from. */
    public void reset() {
        if (!"UNREGISTERED".equals(status().getString("registrationStatus"))) {
            ok(action("deregister"));
        }
        ok(transport("mode", "DIRECT"));
        ok(settings("UNIFIED_CCE_2000_AGENTS", "FLEX", "PRODUCTION"));
    }

    /**
     * Makes sure agents can be added: when an earlier test left the instance enforced (an expired evaluation,
     * say), it registers anew in a fresh smart account holding every Flex Production line. Tests that add agents
     * after the licensing tests call it, so they do not depend on the order the classes run in.
     */
    public void admitAgents(java.net.URL authorityBase) {
        JsonObject s = status();
        if (!s.containsKey("enforcement") || s.isNull("enforcement")) {
            return;
        }
        reset();
        AuthorityAdmin authority = new AuthorityAdmin(authorityBase);
        long va = AuthorityAdmin.id(authority.smartAccount("Admission " + java.util.UUID.randomUUID()));
        authority.buyFlexProduction(va);
        ok(api.post(STATUS + "/register", org.ccadmin.it.JsonBody.of("token", authority.token(va).getString("token"))));
    }

    public JsonObject advanceClock(String by) {
        return ok(api.post(CLOCK, JsonBody.of("advanceBy", by)));
    }

    /** The newest log lines first. */
    public JsonObject log(int size) {
        return ok(api.get(LOG + "?size=" + size));
    }

    public static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    public static String testCa() {
        try (InputStream in = Licensing.class.getResourceAsStream("/licensing/test-ca.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
