package org.ccadmin.it;

import static org.ccadmin.it.TestData.AGENTS;
import static org.ccadmin.it.TestData.ATTRIBUTES;
import static org.ccadmin.it.TestData.ATTRIBUTE_EDITS;
import static org.ccadmin.it.TestData.item;
import static org.ccadmin.it.TestData.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Multi-agent attribute edits ({@code POST /agents/attribute-edits}): a preview that only counts, applied
 * edits for listed agents or for every agent a query selects (not one page of them), removal, the refused
 * contradictions and selections, the 50-attributes-per-agent limit checked for every agent before anything
 * changes, and new changeStamps for the agents an edit changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttributeEditApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private TestData data;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        data = new TestData(api);
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    // --- preview ---------------------------------------------------------------------------------------

    @Test
    void previewCountsWhatWouldChangeAndChangesNothing() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject sales = data.attribute(Unique.name("Sales"), "boolean");
        JsonObject lower = data.agent(Unique.name("lower"), "attributes", List.of(value(english, 5)));
        JsonObject same = data.agent(Unique.name("same"), "attributes", List.of(value(english, 7)));
        JsonObject seller = data.agent(Unique.name("seller"), "attributes", List.of(value(sales, true)));
        List<JsonObject> before = List.of(read(lower), read(same), read(seller));

        JsonObject outcome = edit(JsonBody.of("agentIds", ids(lower, same, seller),
                "set", List.of(value(english, 7)), "remove", List.of(id(sales)), "preview", true));
        assertEquals(3, outcome.getInt("selectedAgents"), outcome::toString);
        assertEquals(2, outcome.getInt("changedAgents"), "lower gets 7, seller gets English and loses Sales: " + outcome);
        assertFalse(outcome.getBoolean("applied"), outcome::toString);
        Map<Long, JsonObject> changes = changes(outcome);
        assertEquals(List.of(1, 1, 0), counts(changes.get(id(english))), outcome::toString);
        assertEquals(List.of(0, 0, 1), counts(changes.get(id(sales))), outcome::toString);
        assertEquals(7, changes.get(id(english)).getInt("value"), outcome::toString);

        assertEquals(before, List.of(read(lower), read(same), read(seller)), "a preview changes nothing");
    }

    // --- apply -----------------------------------------------------------------------------------------

    @Test
    void applySetsTheValuesOfTheListedAgentsOnly() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject sales = data.attribute(Unique.name("Sales"), "boolean");
        JsonObject first = data.agent(Unique.name("first"), "attributes", List.of(value(english, 2)));
        JsonObject second = data.agent(Unique.name("second"));
        JsonObject untouched = data.agent(Unique.name("untouched"), "attributes", List.of(value(english, 2)));

        JsonObject outcome = edit(JsonBody.of("agentIds", ids(first, second),
                "set", List.of(value(english, 9), value(sales, true))));
        assertTrue(outcome.getBoolean("applied"), outcome::toString);
        assertEquals(2, outcome.getInt("selectedAgents"), outcome::toString);
        assertEquals(2, outcome.getInt("changedAgents"), outcome::toString);
        assertEquals(List.of(1, 1, 0), counts(changes(outcome).get(id(english))), outcome::toString);
        assertEquals(List.of(2, 0, 0), counts(changes(outcome).get(id(sales))), outcome::toString);

        Map<Long, JsonValue> expected = Map.of(id(english), Json.createValue(9), id(sales), JsonValue.TRUE);
        assertEquals(expected, values(read(first)));
        assertEquals(expected, values(read(second)));
        assertEquals(Map.of(id(english), Json.createValue(2)), values(read(untouched)));
    }

    @Test
    void setWithoutValueGivesTheAttributesDefault() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency", "defaultValue", 6);
        JsonObject agent = data.agent(Unique.name("dflt"));
        edit(JsonBody.of("agentIds", ids(agent), "set", List.of(JsonBody.object("attributeId", id(english)))));
        assertEquals(Map.of(id(english), Json.createValue(6)), values(read(agent)));
    }

    @Test
    void removeTakesTheAttributeFromTheSelectedAgents() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject sales = data.attribute(Unique.name("Sales"), "boolean");
        JsonObject holder = data.agent(Unique.name("holder"), "attributes", List.of(value(english, 4), value(sales, true)));
        JsonObject without = data.agent(Unique.name("without"), "attributes", List.of(value(english, 8)));
        JsonObject kept = data.agent(Unique.name("kept"), "attributes", List.of(value(sales, false)));

        JsonObject outcome = edit(JsonBody.of("agentIds", ids(holder, without), "remove", List.of(id(sales))));
        assertEquals(1, outcome.getInt("changedAgents"), outcome::toString);
        assertEquals(List.of(0, 0, 1), counts(changes(outcome).get(id(sales))), outcome::toString);
        assertEquals(Map.of(id(english), Json.createValue(4)), values(read(holder)));
        assertEquals(Map.of(id(english), Json.createValue(8)), values(read(without)));
        assertEquals(Map.of(id(sales), JsonValue.FALSE), values(read(kept)), "not selected, so not changed");
        assertEquals(1, ok(api.get(item(ATTRIBUTES, sales))).getJsonNumber("agentCount").longValue());
    }

    @Test
    void queryEditsEveryMatchingAgentNotOnePage() {
        String tag = Unique.suffix();
        JsonObject flag = data.attribute(Unique.name("Flag"), "boolean");
        int count = 120;
        for (int i = 0; i < count; i++) {
            data.agent("bulk" + i + "_" + tag);
        }
        data.agent(Unique.name("outside"));

        JsonObject preview = edit(JsonBody.of("query", JsonBody.object("q", tag), "set", List.of(value(flag, true)), "preview", true));
        assertEquals(count, preview.getInt("selectedAgents"), preview::toString);
        assertEquals(0, ok(api.get(item(ATTRIBUTES, flag))).getJsonNumber("agentCount").longValue(), "preview only");

        JsonObject outcome = edit(JsonBody.of("query", JsonBody.object("q", tag), "set", List.of(value(flag, true))));
        assertEquals(count, outcome.getInt("selectedAgents"), outcome::toString);
        assertEquals(count, outcome.getInt("changedAgents"), outcome::toString);
        assertEquals(List.of(count, 0, 0), counts(changes(outcome).get(id(flag))), outcome::toString);
        assertEquals(count, ok(api.get(item(ATTRIBUTES, flag))).getJsonNumber("agentCount").longValue());
        String holders = AGENTS + "?q=" + tag + "&attribute=" + flag.getString("name") + "%3D%3Dtrue&size=1";
        assertEquals(count, ok(api.get(holders)).getJsonNumber("total").longValue());
    }

    @Test
    void querySelectsByTextTeamAttributeConditionAndRole() {
        String tag = Unique.suffix();
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject flag = data.attribute(Unique.name("Flag"), "boolean");
        JsonObject team = data.agentTeam(Unique.name("Sel"));
        JsonObject other = data.agentTeam(Unique.name("Other"));
        JsonObject match = data.agent("match_" + tag, "teamId", id(team), "attributes", List.of(value(english, 8)));
        JsonObject match7 = data.agent("match7_" + tag, "teamId", id(team), "attributes", List.of(value(english, 7)));
        List<JsonObject> misses = List.of(
                data.agent("low_" + tag, "teamId", id(team), "attributes", List.of(value(english, 6))),
                data.agent("boss_" + tag, "teamId", id(team), "supervisor", true, "attributes", List.of(value(english, 9))),
                data.agent("elsewhere_" + tag, "teamId", id(other), "attributes", List.of(value(english, 9))),
                data.agent("noteam_" + tag, "attributes", List.of(value(english, 9))),
                data.agent(Unique.name("untagged"), "teamId", id(team), "attributes", List.of(value(english, 9))));

        JsonObject query = JsonBody.object("q", tag, "teamIds", List.of(id(team)),
                "attributes", List.of(english.getString("name") + ">=7"), "supervisor", false);
        JsonObject outcome = edit(JsonBody.of("query", query, "set", List.of(value(flag, true))));
        assertEquals(2, outcome.getInt("selectedAgents"), outcome::toString);
        assertEquals(JsonValue.TRUE, values(read(match)).get(id(flag)));
        assertEquals(JsonValue.TRUE, values(read(match7)).get(id(flag)));
        misses.forEach(m -> assertFalse(values(read(m)).containsKey(id(flag)), m.getString("userName")));
    }

    @Test
    void editThatChangesNothingChangesNoAgent() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("same"), "attributes", List.of(value(english, 5)));
        JsonObject outcome = edit(JsonBody.of("agentIds", ids(agent), "set", List.of(value(english, 5))));
        assertEquals(0, outcome.getInt("changedAgents"), outcome::toString);
        assertEquals(agent, read(agent));
    }

    @Test
    void appliedEditGivesTheChangedAgentsNewChangeStamps() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("stamped"), "attributes", List.of(value(english, 3)));
        edit(JsonBody.of("agentIds", ids(agent), "set", List.of(value(english, 8))));
        JsonObject after = read(agent);
        assertTrue(stamp(after) > stamp(agent), after::toString);

        ApiResponse stale = api.put(item(AGENTS, agent), JsonBody.of("description", "lost update", "changeStamp", stamp(agent)));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("conflict.staleChangeStamp", stale.code(), stale::toString);
        assertEquals(Map.of(id(english), Json.createValue(8)), values(read(agent)));
    }

    // --- refused edits ---------------------------------------------------------------------------------

    @Test
    void settingAndRemovingTheSameAttributeIsRefused() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("both"), "attributes", List.of(value(english, 3)));
        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("agentIds", ids(agent),
                "set", List.of(value(english, 5)), "remove", List.of(id(english))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("remove[0]"), r.errorFields(), r::toString);
        assertEquals(agent, read(agent));
    }

    @Test
    void agentIdsAndQueryTogetherAreRefused() {
        JsonObject flag = data.attribute(Unique.name("Flag"), "boolean");
        JsonObject agent = data.agent(Unique.name("both"));
        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("agentIds", ids(agent),
                "query", JsonBody.object("q", agent.getString("userName")), "set", List.of(value(flag, true))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("agentIds"), r.errorFields(), r::toString);
        assertEquals(agent, read(agent));
    }

    @Test
    void editWithoutSelectionIsRefused() {
        JsonObject flag = data.attribute(Unique.name("Flag"), "boolean");
        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("set", List.of(value(flag, true))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("agentIds"), r.errorFields(), r::toString);
        assertEquals(0, ok(api.get(item(ATTRIBUTES, flag))).getJsonNumber("agentCount").longValue());
    }

    @Test
    void editThatNeitherSetsNorRemovesIsRefused() {
        JsonObject agent = data.agent(Unique.name("idle"));
        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("agentIds", ids(agent)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("set"), r.errorFields(), r::toString);
    }

    @Test
    void valueThatDoesNotFitTheTypeIsRefusedNamingIt() {
        JsonObject flag = data.attribute(Unique.name("Flag"), "boolean");
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("typed"));
        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("agentIds", ids(agent),
                "set", List.of(value(flag, true), value(english, 11))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("set[1].value"), r.errorFields(), r::toString);
        assertEquals(agent, read(agent));
    }

    @Test
    void unknownAttributeIsRefusedNamingIt() {
        JsonObject agent = data.agent(Unique.name("unknown"));
        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("agentIds", ids(agent), "remove", List.of(987654321L)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("remove[0]"), r.errorFields(), r::toString);
    }

    @Test
    void unknownAgentIdIsRefusedNamingAgentIds() {
        // Team members are checked the same way; an edit must not report changes to agents that do not exist.
        JsonObject flag = data.attribute(Unique.name("Flag"), "boolean");
        JsonObject agent = data.agent(Unique.name("real"));
        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("agentIds", List.of(id(agent), 987654321L),
                "set", List.of(value(flag, true)), "preview", true));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("agentIds"), r.errorFields(), r::toString);
    }

    @Test
    void agentListedTwiceIsCountedAndEditedOnce() {
        JsonObject flag = data.attribute(Unique.name("Flag"), "boolean");
        JsonObject agent = data.agent(Unique.name("twice"));
        JsonObject outcome = edit(JsonBody.of("agentIds", ids(agent, agent), "set", List.of(value(flag, true)), "preview", true));
        assertEquals(1, outcome.getInt("selectedAgents"), outcome::toString);
        assertEquals(1, outcome.getInt("changedAgents"), outcome::toString);
        assertEquals(List.of(1, 0, 0), counts(changes(outcome).get(id(flag))), outcome::toString);
    }

    @Test
    void unknownAttributeInAQueryConditionIsRefusedNamingIt() {
        JsonObject flag = data.attribute(Unique.name("Flag"), "boolean");
        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("query",
                JsonBody.object("attributes", List.of("NoSuch_" + Unique.suffix() + ">=2")), "set", List.of(value(flag, true))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("query.attributes"), r.errorFields(), r::toString);
        assertEquals(0, ok(api.get(item(ATTRIBUTES, flag))).getJsonNumber("agentCount").longValue());
    }

    @Test
    void editGivingAnyAgentAFiftyFirstAttributeIsRefusedAndChangesNoAgent() {
        String tag = Unique.suffix();
        List<JsonObject> all = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            all.add(data.attribute("A" + i + "_" + tag, i == 0 ? "proficiency" : "boolean"));
        }
        JsonObject light = data.agent(Unique.name("light"), "attributes", List.of(value(all.get(0), 2)));
        JsonObject full = data.agent(Unique.name("full"), "attributes",
                all.subList(0, 50).stream().map(a -> value(a, a == all.get(0) ? 2 : (Object) true)).toList());
        assertEquals(50, full.getJsonArray("attributes").size());

        ApiResponse r = api.post(ATTRIBUTE_EDITS, JsonBody.of("agentIds", ids(light, full),
                "set", List.of(value(all.get(0), 9), value(all.get(50), true))));
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.errorFields().stream().anyMatch(f -> r.errorCode(f).orElse("").equals("limitExceeded.attributesPerAgent")),
                r::toString);
        assertTrue(r.json().getString("detail", "").contains(full.getString("userName")), () -> "names the agent: " + r);
        assertFalse(r.json().getString("detail", "").contains(light.getString("userName")), () -> "names only that agent: " + r);

        assertEquals(light, read(light), "nothing changed for any agent");
        assertEquals(full, read(full), "nothing changed for any agent");
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private JsonObject edit(String body) {
        ApiResponse r = api.post(ATTRIBUTE_EDITS, body);
        return ok(r);
    }

    private JsonObject read(JsonObject agent) {
        return ok(api.get(item(AGENTS, agent)));
    }

    private static List<Long> ids(JsonObject... agents) {
        return java.util.Arrays.stream(agents).map(AttributeEditApiIT::id).toList();
    }

    /** attributeId → change of an edit outcome. */
    private static Map<Long, JsonObject> changes(JsonObject outcome) {
        return outcome.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getJsonNumber("attributeId").longValue(), c -> c));
    }

    /** added, updated, removed of one change. */
    private static List<Integer> counts(JsonObject change) {
        return List.of(change.getInt("added"), change.getInt("updated"), change.getInt("removed"));
    }

    private static Map<Long, JsonValue> values(JsonObject agent) {
        return agent.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getJsonNumber("attributeId").longValue(), a -> a.get("value")));
    }

    private static long stamp(JsonObject o) {
        return o.getJsonNumber("changeStamp").longValue();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }
}
