package org.ccadmin.it;

import static org.ccadmin.it.PrecisionQueueApiIT.step;
import static org.ccadmin.it.TestData.item;
import static org.ccadmin.it.TestData.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
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
 * The preview of an unsaved precision queue ({@code POST /api/v1/precision-queues/preview}): the counts and
 * warnings a save gives, the problems a save refuses (answered, not thrown), and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrecisionQueuePreviewApiIT {

    static final String QUEUES = PrecisionQueueApiIT.QUEUES;
    static final String PREVIEW = QUEUES + "/preview";

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

    @BeforeEach
    void setUp() {
        api = Api.asAdmin(base);
        data = new TestData(api);
        sales = Unique.name("Sales");
        english = Unique.name("English");
        JsonObject salesAttribute = data.attribute(sales, "boolean");
        JsonObject englishAttribute = data.attribute(english, "proficiency");
        data.agent(Unique.name("pv"), "attributes", List.of(value(englishAttribute, 9), value(salesAttribute, true)));
        data.agent(Unique.name("pv"), "attributes", List.of(value(englishAttribute, 6), value(salesAttribute, true)));
        data.agent(Unique.name("pv"), "attributes", List.of(value(englishAttribute, 3)));
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    private String body(String name, Object... steps) {
        return JsonBody.of("name", name, "mediaRoutingDomainId", 1, "steps", List.of(steps));
    }

    @Test
    void aPreviewGivesTheCountsAndWarningsOfTheSavedQueueAndStoresNothing() {
        String name = Unique.name("PQ");
        String body = body(name,
                step(english + " >= 5", "waitTime", 20),
                JsonBody.object("logic", "OR", "expressions", List.of(
                        JsonBody.object("logic", "AND", "terms", List.of(
                                JsonBody.object("attribute", sales, "operator", "==", "value", true),
                                JsonBody.object("attribute", english, "operator", ">=", "value", 8))))),
                step(english + " > 8 AND " + english + " < 3"));
        ApiResponse r = api.post(PREVIEW, body);
        assertEquals(200, r.status(), r::toString);
        JsonObject preview = r.json();
        assertEquals(List.of(), preview.getJsonArray("violations"), preview.toString());
        assertEquals(0, api.get(QUEUES + "?q=" + name).json().getInt("total"), "a preview stores nothing");

        JsonObject saved = data.track(api.post(QUEUES, body)).json();
        List<JsonObject> savedSteps = saved.getJsonArray("steps").getValuesAs(JsonObject.class);
        List<JsonObject> previewSteps = preview.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertEquals(3, previewSteps.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, previewSteps.get(i).getInt("number"));
            assertEquals(savedSteps.get(i).getInt("agentCount"), previewSteps.get(i).getInt("agentCount"), "step " + (i + 1));
            assertEquals(savedSteps.get(i).getString("criteria"), previewSteps.get(i).getString("criteria"), "step " + (i + 1));
        }
        assertEquals(List.of(2, 1, 0), previewSteps.stream().map(s -> s.getInt("agentCount")).toList());
        assertEquals(saved.getJsonArray("warnings"), preview.getJsonArray("warnings"));
        assertEquals(List.of("2:step.fewerAgents", "3:step.neverMatches", "3:step.fewerAgents"), codes(preview), preview.toString());
        assertEquals(saved.getInt("agentCount"), preview.getInt("agentCount"));
    }

    @Test
    void problemsASaveWouldRefuseAreListedWithTheSameFieldsAndGoodStepsStillCounted() {
        String body = body("",
                step(sales + " > true", "considerIf", "PQ.NoSuchQueue.LoggedOn > 1"),
                step(english + " >= 11 OR", "considerIf", "PQStep.x.1.RouterAgentsLoggedIn >"),
                step(english + " >= 1", "waitTime", 30));
        ApiResponse refused = api.post(QUEUES, body);
        assertEquals(400, refused.status(), refused::toString);
        ApiResponse r = api.post(PREVIEW, body);
        assertEquals(200, r.status(), r::toString);
        JsonObject preview = r.json();
        List<String> fields = preview.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).distinct().sorted().toList();
        // Everything the save refused, and at once what a save reports only once the steps are right (the name).
        assertTrue(fields.containsAll(refused.errorFields()), fields + " lists all of " + refused.errorFields());
        assertTrue(fields.containsAll(List.of("name", "steps[0].criteria", "steps[0].considerIf", "steps[1].criteria",
                "steps[1].considerIf", "steps[2].waitTime")), fields.toString());
        List<JsonObject> steps = preview.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertFalse(steps.get(0).containsKey("agentCount"), "a step that did not resolve has no count: " + steps);
        assertEquals(3, steps.get(2).getInt("agentCount"), "a good step is counted beside the bad ones");
    }

    @Test
    void aChangeOfAQueueMayKeepItsNameAndANewQueueMayNot() {
        String name = Unique.name("PQ");
        JsonObject saved = data.track(api.post(QUEUES, body(name, step(english + " >= 1")))).json();
        ApiResponse asNew = api.post(PREVIEW, body(name, step(english + " >= 5")));
        assertEquals(200, asNew.status(), asNew::toString);
        assertEquals(List.of("name"), fields(asNew.json()), asNew.body());
        ApiResponse asChange = api.post(PREVIEW + "?queue=" + saved.getJsonNumber("id").longValue(),
                body(name, step(english + " >= 5", "waitTime", 5, "considerIf", "PQ." + name + ".LoggedOn > 0"), step(english + " >= 1")));
        assertEquals(200, asChange.status(), asChange::toString);
        assertEquals(List.of(), fields(asChange.json()), asChange.body());
        assertEquals(List.of(2, 3), asChange.json().getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getInt("agentCount")).toList());
        assertEquals(1, api.get(item(QUEUES, saved)).json().getJsonArray("steps").size(), "the queue itself is unchanged");
    }

    @Test
    void malformedBodiesAreRefusedLikeASave() {
        ApiResponse unknown = api.post(PREVIEW, JsonBody.of("name", "x", "colour", "red"));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("colour"), unknown.errorFields());
        ApiResponse notJson = api.post(PREVIEW, "{\"name\": ");
        assertEquals(400, notJson.status(), notJson::toString);
    }

    private static List<String> codes(JsonObject preview) {
        return preview.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getInt("step") + ":" + w.getString("code")).toList();
    }

    private static List<String> fields(JsonObject preview) {
        return preview.getJsonArray("violations").getValuesAs(JsonObject.class).stream().map(v -> v.getString("field")).toList();
    }
}
