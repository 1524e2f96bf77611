package org.ccadmin.it.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.JsonBody;
import org.ccadmin.it.Unique;
import org.ccadmin.it.licensing.AuthorityAdmin;
import org.ccadmin.it.licensing.Licensing;

/**
 * What the notification tests share: the system alerts of this machine over REST, registering with a fresh
 * smart account of the deployed authority, and waiting for something that happens after a commit, on
 * another thread (alerts, mail), by looking again rather than sleeping for a fixed time.
 */
public final class Notifications {

    private final Api api;
    private final Licensing licensing;
    private final URL authorityBase;

    public Notifications(Api api, URL authorityBase) {
        this.api = api;
        this.licensing = new Licensing(api);
        this.authorityBase = authorityBase;
    }

    public Licensing licensing() {
        return licensing;
    }

    /** This machine (the node that answers) as GET /alerts lists it. */
    public JsonObject localMachine() {
        ApiResponse r = api.get("api/v1/alerts");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getBoolean("local")).findFirst().orElseThrow(() -> new AssertionError("no local machine: " + r));
    }

    /** The row of {@code alert} on this machine, if it was ever raised. */
    public Optional<JsonObject> alert(String alert) {
        return localMachine().getJsonArray("alerts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("alert").equals(alert)).findFirst();
    }

    /** Waits until the alert is red (active) on this machine and returns it. */
    public JsonObject awaitRed(String alert) {
        return await(() -> alert(alert).filter(a -> a.getBoolean("active")), alert + " red on " + localMachine());
    }

    /** Waits until the alert was raised and has cleared itself on this machine, and returns it. */
    public JsonObject awaitGreen(String alert) {
        return await(() -> alert(alert).filter(a -> !a.getBoolean("active")), alert + " green on " + localMachine());
    }

    /** Registers with a token of a new smart account that bought every Flex Production line. */
    public JsonObject register() {
        AuthorityAdmin authority = new AuthorityAdmin(authorityBase);
        long va = AuthorityAdmin.id(authority.smartAccount("Notify " + Unique.suffix()));
        authority.buyFlexProduction(va);
        String token = authority.token(va).getString("token");
        return Licensing.ok(api.post(Licensing.STATUS + "/register", JsonBody.of("token", token)));
    }

    public static <T> T await(Supplier<Optional<T>> probe, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("waited 45 s for " + what);
    }
}
