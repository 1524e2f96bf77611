package org.ccadmin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The inventory: the node under test registers itself at start-up, runs, and cannot be removed while it runs. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theRunningNodeListsItselfAsRunningAndLocal() {
        ApiResponse r = Api.asAdmin(base).get("api/v1/inventory");
        assertEquals(200, r.status(), r::toString);
        List<JsonObject> local = r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getBoolean("local")).toList();
        assertEquals(1, local.size(), r::toString);
        JsonObject node = local.get(0);
        assertTrue(node.getBoolean("running"), r::toString);
        assertTrue(!node.getString("host").isBlank());
        Instant lastSeen = Instant.parse(node.getString("lastSeenAt"));
        assertTrue(Duration.between(lastSeen, Instant.now()).abs().compareTo(Duration.ofMinutes(2)) <= 0,
                "last seen within the stale limit: " + lastSeen);
    }

    @Test
    void aRunningNodeCannotBeRemovedAndAnUnknownOneIsNotFound() {
        Api api = Api.asAdmin(base);
        String name = api.get("api/v1/inventory").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getBoolean("local")).findFirst().orElseThrow().getString("name");
        ApiResponse refused = api.delete("api/v1/inventory/" + name);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("inventory.running", refused.code());
        assertEquals(404, api.delete("api/v1/inventory/no-such-machine").status());
    }

    @Test
    void theInventoryIsForAdministratorsOnly() {
        assertEquals(401, Api.anonymous(base).get("api/v1/inventory").status());
    }
}
