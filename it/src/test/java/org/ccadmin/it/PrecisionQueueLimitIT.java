package org.ccadmin.it;

import static org.ccadmin.it.BulkJobs.AGENT_HEADER;
import static org.ccadmin.it.TestData.AGENTS;
import static org.ccadmin.it.TestData.ATTRIBUTE_EDITS;
import static org.ccadmin.it.TestData.item;
import static org.ccadmin.it.TestData.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * At most 50 precision queues may match an agent: every path that would push an agent over it (a queue
 * created or changed, an agent created or changed, a multi-agent attribute edit, a bulk row) is refused with
 * the same problem naming the agent, and nothing is changed. Each test builds 50 small queues on one
 * attribute matching one agent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrecisionQueueLimitIT {

    private static final String QUEUES = PrecisionQueueApiIT.QUEUES;
    private static final String CODE = "limitExceeded.queuesPerAgent";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private TestData data;
    private String english;
    private String spanish;
    private JsonObject englishAttribute;
    private JsonObject spanishAttribute;
    private String alice;
    private JsonObject aliceAgent;
    private JsonObject firstQueue;

    @BeforeEach
    void fiftyQueuesMatchAlice() {
        api = Api.asAdmin(base);
        data = new TestData(api);
        english = Unique.name("English");
        spanish = Unique.name("Spanish");
        englishAttribute = data.attribute(english, "proficiency");
        spanishAttribute = data.attribute(spanish, "proficiency");
        alice = Unique.name("alice");
        aliceAgent = data.agent(alice, "attributes", List.of(value(englishAttribute, 5)));
        for (int i = 0; i < 50; i++) {
            ApiResponse r = queue(english + " >= " + (1 + i % 5));
            assertEquals(201, r.status(), r::toString);
            if (firstQueue == null) {
                firstQueue = r.json();
            }
        }
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    private ApiResponse queue(String criteria) {
        return data.track(api.post(QUEUES, JsonBody.of("name", Unique.name("PQ"), "mediaRoutingDomainId", 1,
                "steps", List.of(JsonBody.object("criteria", criteria)))));
    }

    private void assertRefusedNaming(ApiResponse r, String userName) {
        assertEquals(409, r.status(), r::toString);
        assertEquals(CODE, r.code(), r::toString);
        assertTrue(r.json().getString("detail", r.body()).contains(userName), r::toString);
        assertTrue(r.body().contains("more than 50 precision queues"), r::toString);
    }

    private long queueCount() {
        return api.get(QUEUES + "?size=1").json().getInt("total");
    }

    @Test
    void aFiftyFirstQueueMatchingAnAgentIsRefusedNamingIt() {
        long before = queueCount();
        assertRefusedNaming(queue(english + " >= 2 OR " + spanish + " == 3"), alice);
        assertEquals(before, queueCount(), "nothing was created");
        assertEquals(201, queue(english + " >= 6").status(), "a queue that does not match alice is accepted");
    }

    @Test
    void aRefusalNamesEveryAgentPushedOverFirstFewAndCount() {
        for (int i = 0; i < 6; i++) {
            data.agent(Unique.name("more"), "attributes", List.of(value(englishAttribute, 5)));
        }
        ApiResponse r = queue(english + " >= 1");
        assertRefusedNaming(r, alice);
        assertTrue(r.body().contains("7 agents (") && r.body().contains(" and 2 more)"), r::toString);
    }

    @Test
    void changingAQueueSoThatItMatchesAnAgentAFiftyFirstTimeIsRefused() {
        JsonObject other = queue(spanish + " >= 1").json();
        ApiResponse r = api.put(item(QUEUES, other), JsonBody.of("changeStamp", other.getJsonNumber("changeStamp").longValue(),
                "steps", List.of(JsonBody.object("criteria", english + " >= 3"))));
        assertRefusedNaming(r, alice);
        // A queue already matching alice may change its steps and keep matching her: she stays at 50.
        ApiResponse kept = api.put(item(QUEUES, firstQueue), JsonBody.of("changeStamp",
                firstQueue.getJsonNumber("changeStamp").longValue(),
                "steps", List.of(JsonBody.object("criteria", english + " >= 4"))));
        assertEquals(200, kept.status(), kept::toString);
    }

    @Test
    void anAgentsAttributeChangeThatWouldMatchAFiftyFirstQueueIsRefused() {
        assertEquals(201, queue(spanish + " >= 1").status());
        JsonObject current = api.get(item(AGENTS, aliceAgent)).json();
        ApiResponse r = api.put(item(AGENTS, aliceAgent), JsonBody.of("changeStamp", current.getJsonNumber("changeStamp").longValue(),
                "attributes", List.of(value(englishAttribute, 5), value(spanishAttribute, 2))));
        assertRefusedNaming(r, alice);
        assertEquals(1, api.get(item(AGENTS, aliceAgent)).json().getJsonArray("attributes").size(), "nothing was changed");

        String bob = Unique.name("bob");
        ApiResponse created = data.track(api.post(AGENTS, JsonBody.of("userName", bob, "firstName", "B", "lastName", "B",
                "attributes", List.of(value(englishAttribute, 5), value(spanishAttribute, 2)))));
        assertRefusedNaming(created, bob);
    }

    @Test
    void anAgentMayChangeValuesWithoutLeavingItsFiftyQueues() {
        JsonObject current = api.get(item(AGENTS, aliceAgent)).json();
        ApiResponse r = api.put(item(AGENTS, aliceAgent), JsonBody.of("changeStamp", current.getJsonNumber("changeStamp").longValue(),
                "attributes", List.of(value(englishAttribute, 9))));
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void aMultiAgentEditThatWouldMatchAFiftyFirstQueueIsRefused() {
        assertEquals(201, queue(spanish + " >= 1").status());
        JsonObject other = data.agent(Unique.name("carol"));
        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("agentIds", List.of(id(aliceAgent), id(other)),
                "set", List.of(value(spanishAttribute, 4))));
        assertRefusedNaming(r, alice);
        assertEquals(1, api.get(item(AGENTS, aliceAgent)).json().getJsonArray("attributes").size(), "nothing was changed");
        assertEquals(0, api.get(item(AGENTS, other)).json().getJsonArray("attributes").size(), "nothing was changed");
    }

    @Test
    void aBulkRowThatWouldMatchAFiftyFirstQueueFailsWithTheSameMessage() {
        assertEquals(201, queue(spanish + " >= 1").status());
        BulkJobs bulk = new BulkJobs(api);
        String dave = Unique.name("dave");
        String csv = AGENT_HEADER + "\r\n"
                + row("UPDATE", alice, english + "=5;" + spanish + "=2") + "\r\n"
                + row("CREATE", dave, english + "=5;" + spanish + "=2") + "\r\n"
                + row("CREATE", dave + "x", spanish + "=2") + "\r\n";
        String location = bulk.submit("agent", csv, false);
        JsonObject job = bulk.awaitEnd(location, Duration.ofSeconds(60));
        bulk.trackCreated(location, data);
        assertEquals("partially_succeeded", job.getString("state"), job::toString);
        String log = bulk.file(location, "log");
        assertTrue(log.contains(" - Error processing line 2: This change would make agent " + alice
                + " matched by more than 50 precision queues"), log);
        assertTrue(log.contains(" - Error processing line 3: This change would make agent " + dave
                + " matched by more than 50 precision queues"), log);
        assertEquals(1, api.get(item(AGENTS, aliceAgent)).json().getJsonArray("attributes").size(), "alice's row changed nothing");
    }

    private static String row(String operation, String userName, String attributes) {
        return String.join(",", operation, "", userName, "First", "Last", "", "", "", "", "", "", "", "", "", attributes, "", "", "");
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
