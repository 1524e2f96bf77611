package org.ccadmin.it;

import static org.ccadmin.it.TestData.AGENTS;
import static org.ccadmin.it.TestData.ATTRIBUTES;
import static org.ccadmin.it.TestData.item;
import static org.ccadmin.it.TestData.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attributes over REST: the two types and their defaults, names, default values checked against the type,
 * optimistic concurrency, the type fixed once agents hold the attribute, the holder count, the paged list of
 * holders (members) and deletion, which takes the attribute away from every agent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttributeApiIT {

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

    // --- create ----------------------------------------------------------------------------------------

    @Test
    void booleanAttributeDefaultsToFalse() {
        String name = Unique.name("Bool");
        ApiResponse r = data.track(api.post(ATTRIBUTES, JsonBody.of("name", name, "type", "boolean")));
        assertEquals(201, r.status(), r::toString);
        assertTrue(r.location().endsWith(item(ATTRIBUTES, r.json())), r::toString);
        assertEquals("\"0\"", r.etag());
        JsonObject created = r.json();
        assertEquals(name, created.getString("name"));
        assertEquals("boolean", created.getString("type"));
        assertEquals(JsonValue.FALSE, created.get("defaultValue"), created::toString);
        assertEquals(0, created.getJsonNumber("agentCount").longValue());
        assertEquals(0, created.getJsonNumber("changeStamp").longValue());
        assertEquals(created, ok(api.get(r.location())));
    }

    @Test
    void proficiencyAttributeDefaultsToOne() {
        JsonObject created = data.attribute(Unique.name("Prof"), "proficiency");
        assertEquals("proficiency", created.getString("type"));
        assertEquals(1, created.getInt("defaultValue"), created::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "boolean     | true  | true",
            "boolean     | false | false",
            "proficiency | 1     | 1",
            "proficiency | 10    | 10"})
    void givenDefaultValueIsKept(String type, String json, String expected) {
        String body = "{\"name\":\"" + Unique.name("Def") + "\",\"type\":\"" + type + "\",\"defaultValue\":" + json + "}";
        ApiResponse r = data.track(api.post(ATTRIBUTES, body));
        assertEquals(201, r.status(), r::toString);
        assertEquals(expected, r.json().get("defaultValue").toString(), r::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "boolean     | \"yes\"",
            "boolean     | 1",
            "proficiency | 11",
            "proficiency | 0",
            "proficiency | -3",
            "proficiency | true",
            "proficiency | \"high\""})
    void defaultValueThatDoesNotFitTheTypeIsRefusedNamingIt(String type, String json) {
        String name = Unique.name("BadDef");
        String body = "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"defaultValue\":" + json + "}";
        ApiResponse r = data.track(api.post(ATTRIBUTES, body));
        assertEquals(400, r.status(), r::toString);
        assertEquals("application/problem+json", r.mediaType(), r::toString);
        assertEquals(List.of("defaultValue"), r.errorFields(), r::toString);
        assertEquals(0, total(ATTRIBUTES + "?q=" + name), "a refused attribute is not stored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ThirtyThreeCharactersLongName_xyz", "bad name", "_x", ".x", "naïve", "semi;colon", ""})
    void invalidNameIsRefusedNamingTheField(String name) {
        ApiResponse r = data.track(api.post(ATTRIBUTES, JsonBody.of("name", name, "type", "boolean")));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("name"), r.errorFields(), r::toString);
    }

    @Test
    void missingTypeIsRefusedNamingTheField() {
        ApiResponse r = data.track(api.post(ATTRIBUTES, JsonBody.of("name", Unique.name("NoType"))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("type"), r.errorFields(), r::toString);
        assertEquals("invalidInput.fieldRequired", r.errorCode("type").orElse(null), r::toString);
    }

    @Test
    void unknownTypeIsRefusedNamingTheField() {
        ApiResponse r = data.track(api.post(ATTRIBUTES, JsonBody.of("name", Unique.name("Txt"), "type", "text")));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("type"), r.errorFields(), r::toString);
    }

    @Test
    void duplicateNameInOtherLetterCaseIsAConflictNamingTheField() {
        String name = Unique.name("Dup");
        data.attribute(name, "boolean");
        ApiResponse r = data.track(api.post(ATTRIBUTES, JsonBody.of("name", name.toUpperCase(), "type", "proficiency")));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.duplicateName", r.code(), r::toString);
        assertEquals(List.of("name"), r.errorFields(), r::toString);
    }

    @Test
    void renamingToAnExistingNameIsAConflict() {
        String taken = Unique.name("Taken");
        data.attribute(taken, "boolean");
        JsonObject other = data.attribute(Unique.name("Other"), "boolean");
        ApiResponse r = api.put(item(ATTRIBUTES, other), JsonBody.of("name", taken.toLowerCase(), "changeStamp", 0));
        assertEquals(409, r.status(), r::toString);
        assertEquals(List.of("name"), r.errorFields(), r::toString);
        assertEquals(other, ok(api.get(item(ATTRIBUTES, other))));
    }

    // --- update ----------------------------------------------------------------------------------------

    @Test
    void updateWithCurrentChangeStampSucceedsAndAdvancesIt() {
        JsonObject attribute = data.attribute(Unique.name("Edit"), "proficiency");
        ApiResponse r = api.put(item(ATTRIBUTES, attribute),
                JsonBody.of("description", "spoken English", "defaultValue", 5, "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.json().getJsonNumber("changeStamp").longValue(), r::toString);
        assertEquals("\"1\"", r.etag());
        assertEquals("spoken English", r.json().getString("description"));
        assertEquals(5, r.json().getInt("defaultValue"));
        assertEquals(r.json(), ok(api.get(item(ATTRIBUTES, attribute))));
    }

    @Test
    void updateWithIfMatchOfCurrentVersionSucceeds() {
        JsonObject attribute = data.attribute(Unique.name("IfMatch"), "boolean");
        ApiResponse r = api.request("PUT", item(ATTRIBUTES, attribute)).header("If-Match", "\"0\"")
                .json(JsonBody.of("defaultValue", true)).send();
        assertEquals(200, r.status(), r::toString);
        assertEquals(JsonValue.TRUE, r.json().get("defaultValue"), r::toString);
    }

    @Test
    void staleChangeStampIsRefusedWithConflict() {
        JsonObject attribute = changedOnce(Unique.name("Stale"));
        ApiResponse r = api.put(item(ATTRIBUTES, attribute), JsonBody.of("description", "lost update", "changeStamp", 0));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.staleChangeStamp", r.code(), r::toString);
        assertEquals("first change", ok(api.get(item(ATTRIBUTES, attribute))).getString("description"));
    }

    @Test
    void staleIfMatchIsRefusedWithPreconditionFailed() {
        JsonObject attribute = changedOnce(Unique.name("StaleTag"));
        ApiResponse r = api.request("PUT", item(ATTRIBUTES, attribute)).header("If-Match", "\"0\"")
                .json(JsonBody.of("description", "lost update")).send();
        assertEquals(412, r.status(), r::toString);
        assertEquals("conflict.staleChangeStamp", r.code(), r::toString);
        assertEquals("\"1\"", r.etag(), "a 412 tells the current version");
        assertEquals("first change", ok(api.get(item(ATTRIBUTES, attribute))).getString("description"));
    }

    @Test
    void updateWithoutChangeStampIsRefusedWithPreconditionRequired() {
        JsonObject attribute = data.attribute(Unique.name("NoStamp"), "boolean");
        ApiResponse r = api.put(item(ATTRIBUTES, attribute), JsonBody.of("description", "blind write"));
        assertEquals(428, r.status(), r::toString);
        assertEquals("changeStampRequired", r.code(), r::toString);
        assertEquals(attribute, ok(api.get(item(ATTRIBUTES, attribute))));
    }

    @Test
    void updateOfUnknownAttributeIsNotFound() {
        ApiResponse r = api.put(item(ATTRIBUTES, 987654321L), JsonBody.of("description", "x", "changeStamp", 0));
        assertEquals(404, r.status(), r::toString);
        assertEquals("notFound", r.code(), r::toString);
    }

    @Test
    void newDefaultValueIsCheckedAgainstTheType() {
        JsonObject attribute = data.attribute(Unique.name("UpdDef"), "proficiency");
        ApiResponse r = api.put(item(ATTRIBUTES, attribute), JsonBody.of("defaultValue", 11, "changeStamp", 0));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("defaultValue"), r.errorFields(), r::toString);
        assertEquals(attribute, ok(api.get(item(ATTRIBUTES, attribute))));
    }

    private JsonObject changedOnce(String name) {
        JsonObject attribute = data.attribute(name, "boolean");
        ApiResponse r = api.put(item(ATTRIBUTES, attribute), JsonBody.of("description", "first change", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    // --- type fixed once held --------------------------------------------------------------------------

    @Test
    void typeMayChangeWhileNoAgentHoldsTheAttribute() {
        JsonObject attribute = data.attribute(Unique.name("Retype"), "boolean", "defaultValue", true);
        ApiResponse r = api.put(item(ATTRIBUTES, attribute), JsonBody.of("type", "proficiency", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals("proficiency", r.json().getString("type"));
        assertEquals(1, r.json().getInt("defaultValue"), "a boolean default means nothing to a proficiency: " + r);
    }

    @Test
    void typeIsFixedOnceAnAgentHoldsTheAttribute() {
        JsonObject attribute = data.attribute(Unique.name("Fixed"), "boolean");
        data.agent(Unique.name("holder"), "attributes", List.of(value(attribute, true)));
        ApiResponse r = api.put(item(ATTRIBUTES, attribute), JsonBody.of("type", "proficiency", "changeStamp", 0));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("type"), r.errorFields(), r::toString);
        assertEquals("invalidInput.typeFixed", r.errorCode("type").orElse(null), r::toString);
        JsonObject read = ok(api.get(item(ATTRIBUTES, attribute)));
        assertEquals("boolean", read.getString("type"));
        assertEquals(0, read.getJsonNumber("changeStamp").longValue());
    }

    @Test
    void otherFieldsMayChangeWhileAgentsHoldTheAttribute() {
        JsonObject attribute = data.attribute(Unique.name("Held"), "proficiency");
        data.agent(Unique.name("holder"), "attributes", List.of(value(attribute, 4)));
        ApiResponse r = api.put(item(ATTRIBUTES, attribute),
                JsonBody.of("type", "proficiency", "description", "still a level", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals("still a level", r.json().getString("description"));
        assertEquals(1, r.json().getJsonNumber("agentCount").longValue(), r::toString);
    }

    // --- holder counts ---------------------------------------------------------------------------------

    @Test
    void listAndItemTellHowManyAgentsHoldEachAttribute() {
        String tag = Unique.suffix();
        JsonObject two = data.attribute("Two_" + tag, "boolean");
        JsonObject one = data.attribute("One_" + tag, "proficiency");
        JsonObject none = data.attribute("None_" + tag, "boolean");
        data.agent(Unique.name("cnt"), "attributes", List.of(value(two, true), value(one, 3)));
        data.agent(Unique.name("cnt"), "attributes", List.of(value(two, false)));
        data.agent(Unique.name("cnt"));

        Map<String, Long> counts = ok(api.get(ATTRIBUTES + "?q=" + tag)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(a -> a.getString("name"), a -> a.getJsonNumber("agentCount").longValue()));
        assertEquals(Map.of("Two_" + tag, 2L, "One_" + tag, 1L, "None_" + tag, 0L), counts);
        assertEquals(2, ok(api.get(item(ATTRIBUTES, two))).getJsonNumber("agentCount").longValue());
        assertEquals(0, ok(api.get(item(ATTRIBUTES, none))).getJsonNumber("agentCount").longValue());
    }

    @Test
    void typeFilterListsOnlyThatType() {
        String tag = Unique.suffix();
        JsonObject bool = data.attribute("B_" + tag, "boolean");
        data.attribute("P_" + tag, "proficiency");
        assertEquals(List.of(id(bool)), ids(ATTRIBUTES + "?q=" + tag + "&type=boolean"));
    }

    // --- members: the agents holding an attribute ------------------------------------------------------

    @Test
    void membersListTheHoldersWithTheirValues() {
        String tag = Unique.suffix().toLowerCase();
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject other = data.attribute(Unique.name("Other"), "boolean");
        JsonObject ann = data.agent("m_" + tag + "_ann", "firstName", "Ann", "attributes", List.of(value(english, 7)));
        JsonObject bob = data.agent("m_" + tag + "_bob", "attributes", List.of(value(english, 3), value(other, true)));
        data.agent("m_" + tag + "_cid", "attributes", List.of(value(other, true)));

        JsonObject page = ok(api.get(item(ATTRIBUTES, english) + "/members"));
        assertEquals(2, page.getJsonNumber("total").longValue(), page::toString);
        List<JsonObject> members = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(ann.getString("userName"), bob.getString("userName")),
                members.stream().map(m -> m.getString("userName")).toList(), "by userName unless sorted otherwise");
        assertEquals(List.of(7, 3), members.stream().map(m -> m.getInt("value")).toList(), page::toString);
        assertEquals("Ann", members.get(0).getString("firstName"), page::toString);
    }

    @Test
    void membersOfABooleanAttributeShowTrueOrFalse() {
        JsonObject sales = data.attribute(Unique.name("Sales"), "boolean");
        data.agent(Unique.name("yes"), "attributes", List.of(value(sales, true)));
        data.agent(Unique.name("no"), "attributes", List.of(value(sales, false)));
        JsonObject page = ok(api.get(item(ATTRIBUTES, sales) + "/members?sort=value"));
        assertEquals(List.of(JsonValue.FALSE, JsonValue.TRUE),
                page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(m -> m.get("value")).toList(), page::toString);
    }

    @Test
    void membersIdentifyEachAgentAsTheAgentResourceDoes() {
        // "agentId" means the agent's peripheral ID everywhere else (agent bodies, sort=agentId here too).
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("ident"), "attributes", List.of(value(english, 5)));
        JsonObject member = ok(api.get(item(ATTRIBUTES, english) + "/members")).getJsonArray("items").getJsonObject(0);
        assertEquals(agent.getString("userName"), member.getString("userName"), member::toString);
        assertEquals(agent.get("agentId"), member.get("agentId"), member::toString);
        assertEquals(agent.get("id"), member.get("id"), member::toString);
    }

    @Test
    void membersArePaged() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        for (int i = 0; i < 3; i++) {
            data.agent(Unique.name("page" + i), "attributes", List.of(value(english, i + 1)));
        }
        JsonObject first = ok(api.get(item(ATTRIBUTES, english) + "/members?size=2&page=0"));
        JsonObject second = ok(api.get(item(ATTRIBUTES, english) + "/members?size=2&page=1"));
        assertEquals(3, first.getJsonNumber("total").longValue(), first::toString);
        assertEquals(2, first.getJsonArray("items").size(), first::toString);
        assertEquals(1, second.getJsonArray("items").size(), second::toString);
        assertTrue(first.getJsonObject("links").containsKey("next"), first::toString);
        List<String> all = new java.util.ArrayList<>(userNames(first));
        all.addAll(userNames(second));
        assertEquals(3, all.stream().distinct().count(), all::toString);
    }

    @Test
    void membersAreSearchedByUserNameAndNamesIgnoringCase() {
        String tag = Unique.suffix().toLowerCase();
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject bySuffix = data.agent("s_" + tag + "_x1", "attributes", List.of(value(english, 2)));
        data.agent("s_" + tag + "x1", "attributes", List.of(value(english, 2)));
        JsonObject byLastName = data.agent(Unique.name("s"), "lastName", "Quixotic" + tag, "attributes", List.of(value(english, 9)));
        data.agent("s_" + tag + "_x1_other", "lastName", "NoValue");

        assertEquals(List.of(bySuffix.getString("userName")),
                userNames(ok(api.get(item(ATTRIBUTES, english) + "/members?q=" + tag.toUpperCase() + "_X1"))));
        assertEquals(List.of(byLastName.getString("userName")),
                userNames(ok(api.get(item(ATTRIBUTES, english) + "/members?q=quixotic" + tag))));
    }

    @ParameterizedTest
    @CsvSource({"value, asc", "value, desc", "userName, asc", "userName, desc"})
    void membersSortByTheRequestedField(String field, String direction) {
        String tag = Unique.suffix().toLowerCase();
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        // Creation order, user name order and value order all differ.
        List<JsonObject> agents = List.of(
                data.agent("o_" + tag + "_b", "attributes", List.of(value(english, 9))),
                data.agent("o_" + tag + "_c", "attributes", List.of(value(english, 2))),
                data.agent("o_" + tag + "_a", "attributes", List.of(value(english, 5))));
        Map<String, Integer> values = Map.of("o_" + tag + "_b", 9, "o_" + tag + "_c", 2, "o_" + tag + "_a", 5);
        java.util.Comparator<String> order = field.equals("value")
                ? java.util.Comparator.comparing(values::get) : java.util.Comparator.naturalOrder();
        if (direction.equals("desc")) {
            order = order.reversed();
        }
        List<String> expected = agents.stream().map(a -> a.getString("userName")).sorted(order).toList();
        assertEquals(expected, userNames(ok(api.get(item(ATTRIBUTES, english) + "/members?sort=" + field + "," + direction))));
    }

    @Test
    void membersOfUnknownAttributeAreNotFound() {
        ApiResponse r = api.get(item(ATTRIBUTES, 987654321L) + "/members");
        assertEquals(404, r.status(), r::toString);
        assertEquals("notFound", r.code(), r::toString);
    }

    @Test
    void membersRefuseAnUnknownSortField() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        ApiResponse r = api.get(item(ATTRIBUTES, english) + "/members?sort=password");
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("sort"), r.errorFields(), r::toString);
    }

    // --- delete ----------------------------------------------------------------------------------------

    @Test
    void deletingAnAttributeRemovesItFromTheAgents() {
        JsonObject gone = data.attribute(Unique.name("Gone"), "boolean");
        JsonObject kept = data.attribute(Unique.name("Kept"), "proficiency");
        JsonObject agent = data.agent(Unique.name("holder"), "attributes", List.of(value(gone, true), value(kept, 6)));

        ApiResponse r = api.delete(item(ATTRIBUTES, gone) + "?changeStamp=0");
        assertEquals(204, r.status(), r::toString);
        assertEquals(404, api.get(item(ATTRIBUTES, gone)).status());

        JsonObject read = ok(api.get(item(AGENTS, agent)));
        List<JsonObject> held = read.getJsonArray("attributes").getValuesAs(JsonObject.class);
        assertEquals(List.of(id(kept)), held.stream().map(a -> a.getJsonNumber("attributeId").longValue()).toList(), read::toString);
        assertEquals(6, held.get(0).getInt("value"));
        assertEquals(1, ok(api.get(item(ATTRIBUTES, kept))).getJsonNumber("agentCount").longValue());
    }

    @Test
    void deleteWithStaleChangeStampIsRefused() {
        JsonObject attribute = changedOnce(Unique.name("StaleDel"));
        ApiResponse r = api.delete(item(ATTRIBUTES, attribute) + "?changeStamp=0");
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.staleChangeStamp", r.code(), r::toString);
        assertEquals(200, api.get(item(ATTRIBUTES, attribute)).status());
    }

    @Test
    void deleteWithoutChangeStampIsRefusedWithPreconditionRequired() {
        JsonObject attribute = data.attribute(Unique.name("BlindDel"), "boolean");
        ApiResponse r = api.delete(item(ATTRIBUTES, attribute));
        assertEquals(428, r.status(), r::toString);
        assertEquals(200, api.get(item(ATTRIBUTES, attribute)).status());
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private long total(String query) {
        return ok(api.get(query)).getJsonNumber("total").longValue();
    }

    private List<Long> ids(String query) {
        return ok(api.get(query)).getJsonArray("items").getValuesAs(JsonObject.class).stream().map(AttributeApiIT::id).toList();
    }

    private static List<String> userNames(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(m -> m.getString("userName")).toList();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }
}
