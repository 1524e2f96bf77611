package org.ccadmin.it;

import static org.ccadmin.it.TestData.ATTRIBUTES;
import static org.ccadmin.it.TestData.item;
import static org.ccadmin.it.TestData.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
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
 * Precision queues over REST: the text and structured forms give the same queue, per-step counts and agent
 * lists agree with an independent evaluation in Java over the same agents, warnings, validation, and the
 * references that block deletion.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrecisionQueueApiIT {

    static final String QUEUES = "api/v1/precision-queues";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private TestData data;
    private String sales;
    private String english;
    private JsonObject salesAttribute;
    private JsonObject englishAttribute;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        data = new TestData(api);
        sales = Unique.name("Sales");
        english = Unique.name("English");
        salesAttribute = data.attribute(sales, "boolean");
        englishAttribute = data.attribute(english, "proficiency");
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    private JsonObject queue(Object... steps) {
        return created(api.post(QUEUES, JsonBody.of("name", Unique.name("PQ"), "mediaRoutingDomainId", 1, "steps", List.of(steps))));
    }

    private JsonObject created(ApiResponse r) {
        data.track(r);
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    static JsonObject step(String criteria, Object... more) {
        Object[] all = new Object[more.length + 2];
        all[0] = "criteria";
        all[1] = criteria;
        System.arraycopy(more, 0, all, 2, more.length);
        return JsonBody.object(all);
    }

    @Test
    void aChangeOfStepsAloneIsANewVersionAndIsAudited() {
        JsonObject q = queue(step(english + " >= 5"));
        String location = TestData.item(QUEUES, q);
        long stamp = q.getJsonNumber("changeStamp").longValue();
        ApiResponse changed = api.put(location, JsonBody.of("steps", List.of(step(english + " >= 6")), "changeStamp", stamp));
        assertEquals(200, changed.status(), changed::toString);
        long next = changed.json().getJsonNumber("changeStamp").longValue();
        assertTrue(next > stamp, "a new changeStamp: " + changed);
        assertEquals("\"" + next + "\"", changed.etag());
        ApiResponse stale = api.put(location, JsonBody.of("steps", List.of(step(english + " >= 9")), "changeStamp", stamp));
        assertEquals(409, stale.status(), "the second edit from the old version is refused: " + stale);
        assertTrue(api.get(location).json().getJsonArray("steps").getJsonObject(0).getString("criteria").endsWith(">= 6"));
        String audit = api.get(TestData.AUDIT + "?resourceType=precision%20queue&resourceId=" + q.getJsonNumber("id").longValue()).body();
        assertTrue(audit.contains(">= 5") && audit.contains(">= 6"), "the audit shows the steps before and after: " + audit);
    }

    @Test
    void anAttributeThatQueuesUseKeepsItsType() {
        JsonObject q = queue(step(english + " >= 7"));
        ApiResponse r = api.put(TestData.item(TestData.ATTRIBUTES, englishAttribute), JsonBody.of("type", "boolean",
                "changeStamp", englishAttribute.getJsonNumber("changeStamp").longValue()));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("type"), r.errorFields());
        assertTrue(r.body().contains(q.getString("name")), "names the queue: " + r);
        assertTrue(api.get(TestData.item(QUEUES, q)).json().getJsonArray("steps").getJsonObject(0).getString("criteria").endsWith(">= 7"));
    }

    @Test
    void textAndStructuredFormsGiveTheSameQueue() {
        JsonObject byText = queue(step("(" + sales + " == true AND " + english + " >= 7) OR " + english + " == 10"));
        JsonObject structured = queue(JsonBody.object("logic", "OR", "expressions", List.of(
                JsonBody.object("logic", "AND", "terms", List.of(
                        JsonBody.object("attribute", sales, "operator", "==", "value", true),
                        JsonBody.object("attribute", english, "operator", ">=", "value", 7))),
                JsonBody.object("terms", List.of(JsonBody.object("attribute", english, "operator", "==", "value", 10))))));
        JsonObject a = byText.getJsonArray("steps").getJsonObject(0);
        JsonObject b = structured.getJsonArray("steps").getJsonObject(0);
        assertEquals(a.getString("criteria"), b.getString("criteria"));
        assertEquals(a.getJsonArray("expressions"), b.getJsonArray("expressions"));
        assertEquals("(" + sales + " == true AND " + english + " >= 7) OR " + english + " == 10", a.getString("criteria"));
    }

    @Test
    void countsAndAgentListsAgreeWithAnIndependentEvaluation() {
        Random random = new Random(7);
        Map<String, Map<String, Integer>> held = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            String user = Unique.name("pqa");
            List<JsonObject> values = new ArrayList<>();
            Map<String, Integer> mine = new HashMap<>();
            if (random.nextInt(3) > 0) {
                boolean s = random.nextBoolean();
                values.add(value(salesAttribute, s));
                mine.put("sales", s ? 1 : 0);
            }
            if (random.nextInt(4) > 0) {
                int e = 1 + random.nextInt(10);
                values.add(value(englishAttribute, e));
                mine.put("english", e);
            }
            ids.put(user, data.agent(user, "attributes", values).getJsonNumber("id").longValue());
            held.put(user, mine);
        }
        List<Predicate<Map<String, Integer>>> expected = List.of(
                m -> m.containsKey("english") && m.get("english") >= 9,
                m -> (m.containsKey("sales") && m.get("sales") == 1) && m.containsKey("english") && m.get("english") != 4,
                m -> (m.containsKey("sales") && m.get("sales") == 0) || (m.containsKey("english") && m.get("english") < 2),
                m -> m.containsKey("english") && m.get("english") >= 1);
        JsonObject q = queue(step(english + " >= 9", "waitTime", 10),
                step(sales + " == true AND " + english + " != 4"),
                step(sales + " != true OR " + english + " < 2"),
                step(english + " >= 1"));
        JsonObject read = api.get(item(QUEUES, q)).json();
        for (int s = 0; s < expected.size(); s++) {
            Predicate<Map<String, Integer>> p = expected.get(s);
            List<String> users = held.entrySet().stream().filter(e -> p.test(e.getValue())).map(Map.Entry::getKey).sorted().toList();
            JsonObject step = read.getJsonArray("steps").getJsonObject(s);
            assertEquals(users.size(), step.getInt("agentCount"), "step " + (s + 1) + " " + step);
            ApiResponse agents = api.get(item(QUEUES, q) + "/steps/" + (s + 1) + "/agents?size=100");
            assertEquals(200, agents.status(), agents::toString);
            List<String> listed = agents.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getString("userName")).sorted().toList();
            assertEquals(users, listed, "step " + (s + 1));
        }
        // From the agent's side: the same steps, evaluated for one agent at a time.
        for (String user : held.keySet().stream().sorted().limit(12).toList()) {
            List<Integer> steps = new ArrayList<>();
            for (int s = 0; s < expected.size(); s++) {
                if (expected.get(s).test(held.get(user))) {
                    steps.add(s + 1);
                }
            }
            ApiResponse eligible = api.get("api/v1/agents/" + ids.get(user) + "/precision-queues");
            assertEquals(200, eligible.status(), eligible::toString);
            List<Integer> listed = eligible.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("queueName").equals(q.getString("name"))).findFirst()
                    .map(e -> e.getJsonArray("steps").getValuesAs(jakarta.json.JsonNumber.class).stream()
                            .map(jakarta.json.JsonNumber::intValue).toList()).orElse(List.of());
            assertEquals(steps, listed, user + " " + held.get(user));
        }
    }

    @Test
    void warningsNameTheStepAndWhatIsWrong() {
        data.agent(Unique.name("pqw"), "attributes", List.of(value(englishAttribute, 9)));
        data.agent(Unique.name("pqw"), "attributes", List.of(value(englishAttribute, 5)));
        JsonObject q = queue(step(english + " >= 5"), step(english + " >= 8"), step(english + " > 8 AND " + english + " < 3"),
                step(english + " > 4"));
        List<String> codes = q.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getInt("step") + ":" + w.getString("code")).toList();
        assertEquals(List.of("2:step.fewerAgents", "3:step.neverMatches", "3:step.fewerAgents", "4:step.duplicate"), codes, q.toString());
    }

    @Test
    void badStepsAreRefusedNamingEachField() {
        ApiResponse r = api.post(QUEUES, JsonBody.of("name", Unique.name("PQ"), "mediaRoutingDomainId", 1, "steps", List.of(
                step(sales + " > true"),
                step("Nope >= 3 OR " + english + " >= 11", "considerIf", "PQ.NoSuchQueue.LoggedOn > 1"),
                step(english + " >= 1", "waitTime", 30))));
        assertEquals(400, r.status(), r::toString);
        List<String> fields = r.errorFields();
        assertTrue(fields.contains("steps[0].criteria"), fields.toString());
        assertTrue(fields.contains("steps[1].criteria"), fields.toString());
        assertTrue(fields.contains("steps[1].considerIf"), fields.toString());
        assertTrue(fields.contains("steps[2].waitTime"), fields.toString());
        assertTrue(r.body().contains("No attribute named 'Nope'"), r.body());
    }

    @Test
    void theMediaRoutingDomainIsFixedAfterCreation() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("chat"));
        JsonObject q = queue(step(english + " >= 1"));
        ApiResponse r = api.put(item(QUEUES, q), JsonBody.of("changeStamp", q.getJsonNumber("changeStamp").longValue(),
                "mediaRoutingDomainId", mrd.getJsonNumber("id").longValue()));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("mediaRoutingDomainId"), r.errorFields());
    }

    @Test
    void usedAttributesAndReferencedQueuesCannotBeDeleted() {
        JsonObject target = queue(step(english + " >= 1"));
        JsonObject referring = queue(step(english + " >= 5", "waitTime", 20, "considerIf",
                "PQ." + target.getString("name") + ".LoggedOn > 1"), step(english + " >= 1"));
        ApiResponse attr = api.request("DELETE", item(ATTRIBUTES, englishAttribute)).header("If-Match",
                api.get(item(ATTRIBUTES, englishAttribute)).etag()).send();
        assertEquals(409, attr.status(), attr::toString);
        assertTrue(attr.body().contains(target.getString("name")) && attr.body().contains(referring.getString("name")), attr.body());
        ApiResponse q = api.request("DELETE", item(QUEUES, target)).header("If-Match", api.get(item(QUEUES, target)).etag()).send();
        assertEquals(409, q.status(), q::toString);
        assertTrue(q.body().contains(referring.getString("name")), q.body());
    }

    @Test
    void aQueueAnotherOneNamesCannotLoseTheStepItNamesNorItsName() {
        JsonObject target = queue(step(english + " >= 1", "waitTime", 10), step(english + " >= 2"));
        JsonObject referring = queue(step(english + " >= 5", "waitTime", 20, "considerIf",
                "PQStep." + target.getString("name") + ".2.RouterAgentsLoggedIn > 1"), step(english + " >= 1"));
        String location = item(QUEUES, target);
        ApiResponse shrunk = api.put(location, JsonBody.of("steps", List.of(step(english + " >= 1")),
                "changeStamp", target.getJsonNumber("changeStamp").longValue()));
        assertEquals(409, shrunk.status(), shrunk::toString);
        assertTrue(shrunk.body().contains("cannot go down to 1 step(s)") && shrunk.body().contains(referring.getString("name")), shrunk::toString);
        assertEquals(2, api.get(location).json().getJsonArray("steps").size(), "nothing changed");
        ApiResponse renamed = api.put(location, JsonBody.of("name", Unique.name("Other"), "changeStamp", target.getJsonNumber("changeStamp").longValue()));
        assertEquals(409, renamed.status(), renamed::toString);
        assertTrue(renamed.body().contains("cannot be renamed") && renamed.body().contains(referring.getString("name")), renamed::toString);
    }
}
