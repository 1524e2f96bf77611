package org.ccadmin.it;

import static org.ccadmin.it.TestData.AGENTS;
import static org.ccadmin.it.TestData.AGENT_TEAMS;
import static org.ccadmin.it.TestData.ATTRIBUTES;
import static org.ccadmin.it.TestData.AUDIT;
import static org.ccadmin.it.TestData.item;
import static org.ccadmin.it.TestData.value;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Agents over REST: agent IDs (given or generated, fixed once created), user names, field lengths, the
 * write-only password, attribute values checked against their attribute's type and the 50-per-agent limit,
 * team membership and the 50-per-team limit, search by text, team, attribute conditions and role, sorting,
 * paging, deletion, the supervisor flag of a team's supervisor, and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentApiIT {

    private static final String PROBLEM = "application/problem+json";

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

    // --- create and agent IDs --------------------------------------------------------------------------

    @Test
    void agentCreatedWithAnAgentIdKeepsItAndGetsTheDefaults() {
        String agentId = TestData.agentId(11);
        String userName = Unique.name("ada");
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", userName, "agentId", agentId,
                "firstName", "Ada", "lastName", "Lovelace")));
        assertEquals(201, r.status(), r::toString);
        assertTrue(r.location().endsWith(item(AGENTS, r.json())), r::toString);
        assertEquals("\"0\"", r.etag());
        JsonObject agent = r.json();
        assertAll(agent.toString(),
                () -> assertEquals(agentId, agent.getString("agentId")),
                () -> assertEquals(userName, agent.getString("userName")),
                () -> assertEquals("Ada", agent.getString("firstName")),
                () -> assertEquals("Lovelace", agent.getString("lastName")),
                () -> assertTrue(agent.getBoolean("loginEnabled")),
                () -> assertFalse(agent.getBoolean("ssoEnabled")),
                () -> assertFalse(agent.getBoolean("agentStateTrace")),
                () -> assertFalse(agent.getBoolean("supervisor")),
                () -> assertFalse(agent.getBoolean("passwordSet")),
                () -> assertEquals(0, agent.getJsonArray("attributes").size()),
                () -> assertEquals(0, agent.getJsonArray("supervisedTeams").size()),
                () -> assertEquals(null, teamId(agent)),
                () -> assertEquals(0, agent.getJsonNumber("changeStamp").longValue()));
        assertEquals(agent, ok(api.get(r.location())));
    }

    @Test
    void agentCreatedWithoutAnAgentIdGetsAGeneratedSevenDigitOne() {
        JsonObject first = data.agent(Unique.name("gen"));
        JsonObject second = data.agent(Unique.name("gen"), "agentId", "");
        assertTrue(first.getString("agentId").matches("\\d{7}"), first::toString);
        assertTrue(second.getString("agentId").matches("\\d{7}"), second::toString);
        assertNotEquals(first.getString("agentId"), second.getString("agentId"));
    }

    @Test
    void agentIdOfElevenDigitsIsAccepted() {
        String agentId = TestData.agentId(11);
        assertEquals(agentId, data.agent(Unique.name("eleven"), "agentId", agentId).getString("agentId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "12ab", "abc", "-5", "1.5", "12 34", "１２３"})
    void invalidAgentIdIsRefusedNamingIt(String agentId) {
        String userName = Unique.name("badid");
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", userName, "agentId", agentId)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals(List.of("agentId"), r.errorFields(), r::toString);
        assertEquals(0, total(AGENTS + "?q=" + userName), "a refused agent is not stored");
    }

    @Test
    void duplicateAgentIdIsAConflictNamingIt() {
        String agentId = TestData.agentId(10);
        data.agent(Unique.name("first"), "agentId", agentId);
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", Unique.name("second"), "agentId", agentId)));
        assertEquals(409, r.status(), r::toString);
        assertEquals(List.of("agentId"), r.errorFields(), r::toString);
    }

    @Test
    void agentIdCannotChangeOnUpdate() {
        JsonObject agent = data.agent(Unique.name("fixed"));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("agentId", TestData.agentId(9), "changeStamp", 0));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("agentId"), r.errorFields(), r::toString);
        assertEquals("invalidInput.immutable", r.errorCode("agentId").orElse(null), r::toString);
        assertEquals(agent, ok(api.get(item(AGENTS, agent))));
    }

    @Test
    void flagsAreStoredAsGiven() {
        JsonObject agent = data.agent(Unique.name("flags"), "loginEnabled", false, "ssoEnabled", true,
                "agentStateTrace", true, "supervisor", true);
        assertFalse(agent.getBoolean("loginEnabled"), agent::toString);
        assertTrue(agent.getBoolean("ssoEnabled"), agent::toString);
        assertTrue(agent.getBoolean("agentStateTrace"), agent::toString);
        assertTrue(agent.getBoolean("supervisor"), agent::toString);
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("loginEnabled", true, "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.json().getBoolean("loginEnabled"), r::toString);
        assertTrue(r.json().getBoolean("ssoEnabled"), "fields not sent are kept: " + r);
    }

    @Test
    void agentAsReadCanBeSentBackUnchanged() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject team = data.agentTeam(Unique.name("Round"));
        JsonObject agent = data.agent(Unique.name("round"), "teamId", id(team), "firstName", "Round", "description", "trip",
                "attributes", List.of(value(english, 6)));
        JsonObject read = ok(api.get(item(AGENTS, agent)));
        ApiResponse r = api.put(item(AGENTS, agent), read.toString());
        assertEquals(200, r.status(), r::toString);
        assertEquals(read, r.json());
        assertEquals(read, ok(api.get(item(AGENTS, agent))));
    }

    @Test
    void updateOfUnknownAgentIsNotFound() {
        ApiResponse r = api.put(item(AGENTS, 987654321L), JsonBody.of("description", "x", "changeStamp", 0));
        assertEquals(404, r.status(), r::toString);
        assertEquals("notFound", r.code(), r::toString);
    }

    @Test
    void unchangedAgentIdMayBeSentOnUpdate() {
        JsonObject agent = data.agent(Unique.name("same"));
        ApiResponse r = api.put(item(AGENTS, agent),
                JsonBody.of("agentId", agent.getString("agentId"), "description", "same id", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(agent.getString("agentId"), r.json().getString("agentId"));
    }

    // --- user names and lengths ------------------------------------------------------------------------

    @Test
    void userNameIsUniqueIgnoringCase() {
        String userName = Unique.name("dup");
        data.agent(userName);
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", userName.toUpperCase())));
        assertEquals(409, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals(List.of("userName"), r.errorFields(), r::toString);
    }

    @Test
    void renamingToATakenUserNameIsAConflict() {
        String taken = Unique.name("taken");
        data.agent(taken);
        JsonObject other = data.agent(Unique.name("other"));
        ApiResponse r = api.put(item(AGENTS, other), JsonBody.of("userName", taken.toLowerCase(), "changeStamp", 0));
        assertEquals(409, r.status(), r::toString);
        assertEquals(List.of("userName"), r.errorFields(), r::toString);
        assertEquals(other, ok(api.get(item(AGENTS, other))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "semi;colon", "a/b", "a\\b", "x=y", "a,b", "why?", "hash#", "pct%", "naïve",
            "quote\"d", "pipe|d", "a:b", "[x]", "<x>", "a+b", "star*", "tab\tx", ""})
    void invalidUserNameIsRefusedNamingIt(String userName) {
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", userName)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("userName"), r.errorFields(), r::toString);
    }

    @Test
    void missingUserNameIsRefusedNamingIt() {
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("firstName", "Nobody")));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("userName"), r.errorFields(), r::toString);
        assertEquals("invalidInput.fieldRequired", r.errorCode("userName").orElse(null), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"john.doe@example.com", "O'Brien", "a-b_c~d{e}", "x!$&()^`"})
    void userNameMayUseThePermittedPunctuation(String prefix) {
        String userName = prefix + Unique.suffix();
        assertEquals(userName, data.agent(userName).getString("userName"));
    }

    @Test
    void userNameOf255CharactersIsAcceptedAnd256Refused() {
        String longest = ("u255_" + Unique.suffix() + "x".repeat(255)).substring(0, 255);
        assertEquals(longest, data.agent(longest).getString("userName"));
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", longest + "y")));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("userName"), r.errorFields(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName"})
    void personNameOf33CharactersIsRefusedAnd32Accepted(String field) {
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", Unique.name("len"), field, "n".repeat(33))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of(field), r.errorFields(), r::toString);
        assertEquals("n".repeat(32), data.agent(Unique.name("len"), field, "n".repeat(32)).getString(field));
    }

    @Test
    void descriptionOf256CharactersIsRefusedAnd255Accepted() {
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", Unique.name("desc"), "description", "d".repeat(256))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("description"), r.errorFields(), r::toString);
        assertEquals("d".repeat(255), data.agent(Unique.name("desc"), "description", "d".repeat(255)).getString("description"));
    }

    @Test
    void severalBadFieldsAreReportedTogether() {
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", "bad name", "agentId", "x",
                "firstName", "f".repeat(33), "description", "d".repeat(256))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(Set.of("userName", "agentId", "firstName", "description"), new HashSet<>(r.errorFields()), r::toString);
    }

    // --- password --------------------------------------------------------------------------------------

    @Test
    void passwordIsWrittenButNeverRead() {
        String secret = "S3cret-" + Unique.suffix();
        String userName = Unique.name("pw");
        ApiResponse created = data.track(api.post(AGENTS, JsonBody.of("userName", userName, "password", secret)));
        assertEquals(201, created.status(), created::toString);
        assertNoPassword(created, secret);
        assertTrue(created.json().getBoolean("passwordSet"), created::toString);

        ApiResponse read = api.get(created.location());
        assertNoPassword(read, secret);
        assertTrue(read.json().getBoolean("passwordSet"), read::toString);

        ApiResponse list = api.get(AGENTS + "?q=" + userName);
        assertEquals(1, ok(list).getJsonNumber("total").longValue(), list::toString);
        assertNoPassword(list, secret);

        ApiResponse updated = api.put(created.location(), JsonBody.of("description", "still secret", "changeStamp", 0));
        assertEquals(200, updated.status(), updated::toString);
        assertNoPassword(updated, secret);
        assertTrue(updated.json().getBoolean("passwordSet"), updated::toString);
    }

    @Test
    void newPasswordOnUpdateIsNeverEchoed() {
        JsonObject agent = data.agent(Unique.name("pwupd"));
        assertFalse(agent.getBoolean("passwordSet"), agent::toString);
        String secret = "N3w-" + Unique.suffix();
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("password", secret, "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertNoPassword(r, secret);
        assertTrue(r.json().getBoolean("passwordSet"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pässword", "tab\tin", "line\nbreak"})
    void passwordOfOtherThanPrintableAsciiIsRefusedNamingIt(String password) {
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", Unique.name("pwbad"), "password", password)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("password"), r.errorFields(), r::toString);
        assertFalse(r.body().contains(password), r::toString);
    }

    @Test
    void passwordOf257CharactersIsRefusedNamingIt() {
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", Unique.name("pwlong"), "password", "p".repeat(257))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("password"), r.errorFields(), r::toString);
    }

    @Test
    void emptyPasswordRemovesThePassword() {
        JsonObject agent = data.agent(Unique.name("pwclr"), "password", "Old-" + Unique.suffix());
        assertTrue(agent.getBoolean("passwordSet"), agent::toString);
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("password", "", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertFalse(r.json().getBoolean("passwordSet"), r::toString);
    }

    private static void assertNoPassword(ApiResponse r, String secret) {
        assertFalse(r.body().contains(secret), () -> "the password is echoed: " + r);
        assertFalse(r.body().contains("pbkdf2"), () -> "the password hash is echoed: " + r);
        assertNoPasswordKey(Json.createReader(new StringReader(r.body())).readValue(), r);
    }

    private static void assertNoPasswordKey(JsonValue v, ApiResponse r) {
        if (v instanceof JsonObject o) {
            o.forEach((key, nested) -> {
                assertTrue(key.equals("passwordSet") || !key.toLowerCase().contains("password"), () -> key + " in " + r);
                assertNoPasswordKey(nested, r);
            });
        } else if (v instanceof JsonArray a) {
            a.forEach(nested -> assertNoPasswordKey(nested, r));
        }
    }

    // --- attribute values ------------------------------------------------------------------------------

    @Test
    void attributesGivenOnCreateAreHeldWithTheirValues() {
        JsonObject sales = data.attribute(Unique.name("Sales"), "boolean");
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("attr"), "attributes", List.of(value(english, 8), value(sales, true)));
        Map<Long, JsonValue> expected = Map.of(id(sales), JsonValue.TRUE, id(english), Json.createValue(8));
        assertEquals(expected, values(agent), agent::toString);
        JsonObject read = ok(api.get(item(AGENTS, agent)));
        assertEquals(expected, values(read), read::toString);
        JsonObject held = read.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("attributeId").longValue() == id(english)).findFirst().orElseThrow();
        assertEquals(english.getString("name"), held.getString("name"), read::toString);
        assertEquals("proficiency", held.getString("type"), read::toString);
    }

    @Test
    void attributeGivenWithoutValueGetsTheAttributesDefault() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency", "defaultValue", 4);
        JsonObject agent = data.agent(Unique.name("dflt"), "attributes", List.of(JsonBody.object("attributeId", id(english))));
        assertEquals(Map.of(id(english), Json.createValue(4)), values(agent), agent::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "boolean     | 5",
            "boolean     | \"yes\"",
            "proficiency | 11",
            "proficiency | 0",
            "proficiency | true",
            "proficiency | 2.5",
            "proficiency | \"high\""})
    void attributeValueThatDoesNotFitTheTypeIsRefusedNamingItsPosition(String type, String json) {
        JsonObject fine = data.attribute(Unique.name("Fine"), "boolean");
        JsonObject strict = data.attribute(Unique.name("Strict"), type);
        String userName = Unique.name("typed");
        String body = "{\"userName\":\"" + userName + "\",\"attributes\":[{\"attributeId\":" + id(fine) + ",\"value\":true},"
                + "{\"attributeId\":" + id(strict) + ",\"value\":" + json + "}]}";
        ApiResponse r = data.track(api.post(AGENTS, body));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("attributes[1].value"), r.errorFields(), r::toString);
        assertEquals(0, total(AGENTS + "?q=" + userName), "a refused agent is not stored");
    }

    @Test
    void valueThatDoesNotFitIsRefusedOnUpdateAndChangesNothing() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("upd"), "attributes", List.of(value(english, 3)));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("attributes", List.of(value(english, 12)), "changeStamp", 0));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("attributes[0].value"), r.errorFields(), r::toString);
        assertEquals(agent, ok(api.get(item(AGENTS, agent))));
    }

    @Test
    void unknownAttributeIdIsRefusedNamingIt() {
        String userName = Unique.name("unknown");
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", userName,
                "attributes", List.of(JsonBody.object("attributeId", 987654321L, "value", true)))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("attributes[0].attributeId"), r.errorFields(), r::toString);
        assertEquals(0, total(AGENTS + "?q=" + userName));
    }

    @Test
    void attributeWithoutAttributeIdIsRefusedNamingIt() {
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", Unique.name("noid"),
                "attributes", List.of(JsonBody.object("value", true)))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("attributes[0].attributeId"), r.errorFields(), r::toString);
    }

    @Test
    void sameAttributeListedTwiceIsRefused() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", Unique.name("twice"),
                "attributes", List.of(value(english, 3), value(english, 5)))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("attributes[1].attributeId"), r.errorFields(), r::toString);
    }

    @Test
    void attributesOnUpdateReplaceTheHeldSet() {
        JsonObject gone = data.attribute(Unique.name("Gone"), "boolean");
        JsonObject changed = data.attribute(Unique.name("Changed"), "proficiency");
        JsonObject added = data.attribute(Unique.name("Added"), "boolean");
        JsonObject agent = data.agent(Unique.name("repl"), "attributes", List.of(value(gone, true), value(changed, 3)));
        ApiResponse r = api.put(item(AGENTS, agent),
                JsonBody.of("attributes", List.of(value(changed, 9), value(added, false)), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        Map<Long, JsonValue> expected = Map.of(id(changed), Json.createValue(9), id(added), JsonValue.FALSE);
        assertEquals(expected, values(r.json()), r::toString);
        assertEquals(expected, values(ok(api.get(item(AGENTS, agent)))));
    }

    @Test
    void updateWithoutAttributesKeepsThem() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("keep"), "attributes", List.of(value(english, 6)));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("description", "no attributes sent", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(Map.of(id(english), Json.createValue(6)), values(ok(api.get(item(AGENTS, agent)))));
    }

    @Test
    void emptyAttributesOnUpdateRemoveThemAll() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("empty"), "attributes", List.of(value(english, 6)));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("attributes", List.of(), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(Map.of(), values(ok(api.get(item(AGENTS, agent)))));
    }

    @Test
    void changingOnlyAnAttributeValueAdvancesTheChangeStamp() {
        // Otherwise two administrators editing one agent's values would overwrite each other unnoticed.
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("stamp"), "attributes", List.of(value(english, 3)));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("attributes", List.of(value(english, 9)), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        ApiResponse stale = api.put(item(AGENTS, agent), JsonBody.of("attributes", List.of(value(english, 1)), "changeStamp", 0));
        assertEquals(409, stale.status(), "a second edit based on changeStamp 0 overwrote the first: " + stale);
        assertEquals(Map.of(id(english), Json.createValue(9)), values(ok(api.get(item(AGENTS, agent)))));
        assertTrue(r.json().getJsonNumber("changeStamp").longValue() > 0, r::toString);
    }

    @Test
    void addingOnlyAnAttributeAdvancesTheChangeStamp() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("stamp"));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("attributes", List.of(value(english, 4)), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.json().getJsonNumber("changeStamp").longValue() > 0, r::toString);
    }

    @Test
    void fiftyFirstAttributeIsRefusedNamingTheAgent() {
        List<JsonObject> all = attributes(51);
        String userName = Unique.name("many");
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", userName,
                "attributes", all.stream().map(a -> value(a, true)).toList())));
        assertEquals(400, r.status(), r::toString);
        assertEquals("limitExceeded.attributesPerAgent", r.errorCode("attributes").orElse(null), r::toString);
        assertTrue(r.json().getString("detail", "").contains(userName), () -> "the problem names the agent: " + r);
        assertEquals(0, total(AGENTS + "?q=" + userName));
    }

    @Test
    void fiftyAttributesAreAcceptedButNotAFiftyFirstOnUpdate() {
        List<JsonObject> all = attributes(51);
        String userName = Unique.name("fifty");
        JsonObject agent = data.agent(userName, "attributes", all.subList(0, 50).stream().map(a -> value(a, true)).toList());
        assertEquals(50, agent.getJsonArray("attributes").size());
        ApiResponse r = api.put(item(AGENTS, agent),
                JsonBody.of("attributes", all.stream().map(a -> value(a, true)).toList(), "changeStamp", 0));
        assertEquals(400, r.status(), r::toString);
        assertEquals("limitExceeded.attributesPerAgent", r.errorCode("attributes").orElse(null), r::toString);
        assertTrue(r.json().getString("detail", "").contains(userName), () -> "the problem names the agent: " + r);
        assertEquals(50, ok(api.get(item(AGENTS, agent))).getJsonArray("attributes").size());
    }

    private List<JsonObject> attributes(int count) {
        String tag = Unique.suffix();
        List<JsonObject> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(data.attribute("A" + i + "_" + tag, "boolean"));
        }
        return all;
    }

    // --- teams -----------------------------------------------------------------------------------------

    @Test
    void teamIdOnCreatePutsTheAgentInTheTeam() {
        JsonObject team = data.agentTeam(Unique.name("Team"));
        JsonObject agent = data.agent(Unique.name("member"), "teamId", id(team));
        assertEquals(id(team), teamId(agent), agent::toString);
        assertEquals(team.getString("name"), agent.getJsonObject("team").getString("name"));
        assertEquals(List.of(id(agent)), ids(ok(api.get(item(AGENT_TEAMS, team))).getJsonArray("members")));
    }

    @Test
    void teamIdNullOnUpdateTakesTheAgentOutOfItsTeam() {
        JsonObject team = data.agentTeam(Unique.name("Team"));
        JsonObject agent = data.agent(Unique.name("leaver"), "teamId", id(team));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("teamId", null, "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(null, teamId(r.json()), r::toString);
        assertEquals(null, teamId(ok(api.get(item(AGENTS, agent)))));
        assertEquals(0, ok(api.get(item(AGENT_TEAMS, team))).getJsonArray("members").size());
    }

    @Test
    void absentTeamIdKeepsTheTeam() {
        JsonObject team = data.agentTeam(Unique.name("Team"));
        JsonObject agent = data.agent(Unique.name("stayer"), "teamId", id(team));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("description", "stays", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(id(team), teamId(r.json()), r::toString);
        assertEquals(id(team), teamId(ok(api.get(item(AGENTS, agent)))));
    }

    @Test
    void teamIdOnUpdateMovesTheAgentToThatTeam() {
        JsonObject from = data.agentTeam(Unique.name("From"));
        JsonObject to = data.agentTeam(Unique.name("To"));
        JsonObject agent = data.agent(Unique.name("mover"), "teamId", id(from));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("teamId", id(to), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(id(to), teamId(r.json()), r::toString);
        assertEquals(0, ok(api.get(item(AGENT_TEAMS, from))).getJsonArray("members").size());
        assertEquals(List.of(id(agent)), ids(ok(api.get(item(AGENT_TEAMS, to))).getJsonArray("members")));
    }

    @Test
    void unknownTeamIdIsRefusedNamingIt() {
        String userName = Unique.name("noteam");
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", userName, "teamId", 987654321L)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("teamId"), r.errorFields(), r::toString);
        assertEquals(0, total(AGENTS + "?q=" + userName));
    }

    @Test
    void teamOfFiftyMembersRefusesTheFiftyFirst() {
        JsonObject team = data.agentTeam(Unique.name("Full"));
        String tag = Unique.suffix();
        for (int i = 0; i < 50; i++) {
            data.agent("full" + i + "_" + tag, "teamId", id(team));
        }
        JsonObject outsider = data.agent("outsider_" + tag);

        String userName = "full50_" + tag;
        ApiResponse r = data.track(api.post(AGENTS, JsonBody.of("userName", userName, "teamId", id(team))));
        assertEquals(409, r.status(), r::toString);
        assertEquals("limitExceeded.agentsPerTeam", r.code(), r::toString);
        assertEquals(0, total(AGENTS + "?q=" + userName));

        ApiResponse moved = api.put(item(AGENTS, outsider), JsonBody.of("teamId", id(team), "changeStamp", 0));
        assertEquals(409, moved.status(), moved::toString);
        assertEquals("limitExceeded.agentsPerTeam", moved.code(), moved::toString);
        assertEquals(null, teamId(ok(api.get(item(AGENTS, outsider)))));
        assertEquals(50, total(AGENTS + "?teamId=" + id(team)));

        JsonObject member = ok(api.get(AGENTS + "?q=full0_" + tag)).getJsonArray("items").getJsonObject(0);
        ApiResponse stays = api.put(item(AGENTS, member), JsonBody.of("teamId", id(team), "description", "already in",
                "changeStamp", stamp(member)));
        assertEquals(200, stays.status(), "a member of the full team is no newcomer: " + stays);
    }

    // --- search ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"userName", "agentId", "firstName", "lastName", "description"})
    void searchMatchesEachTextFieldIgnoringCase(String field) {
        String tag = Unique.suffix();
        String agentId = TestData.agentId(11);
        Map<String, Object> fields = new HashMap<>(Map.of("userName", Unique.name("t"), "agentId", agentId));
        String q = switch (field) {
            case "userName" -> {
                fields.put("userName", "Find_" + tag);
                yield "fIND_" + tag.toUpperCase();
            }
            case "agentId" -> agentId.substring(2, 9);
            case "firstName" -> {
                fields.put("firstName", "First" + tag);
                yield tag.toLowerCase();
            }
            case "lastName" -> {
                fields.put("lastName", "Last" + tag);
                yield "LAST" + tag.toUpperCase();
            }
            default -> {
                fields.put("description", "Handles Billing for " + tag);
                yield "billing FOR " + tag.toLowerCase();
            }
        };
        JsonObject target = data.agent((String) fields.remove("userName"), fields.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());
        data.agent(Unique.name("decoy"), "description", "nothing to find");
        assertEquals(List.of(id(target)), ids(AGENTS + "?q=" + enc(q)));
    }

    @Test
    void underscoreAndPercentInSearchAreLiteral() {
        String tag = Unique.suffix();
        JsonObject literal = data.agent("u" + tag + "_1", "description", "rate 5%" + tag);
        data.agent("u" + tag + "x1", "description", "rate 5x" + tag);
        assertEquals(List.of(id(literal)), ids(AGENTS + "?q=" + tag + "_1"));
        assertEquals(List.of(id(literal)), ids(AGENTS + "?q=5%25" + tag));
    }

    /** On PostgreSQL "contains" search is served by the trigram index of db/tuning/postgresql.sql, not a scan. */
    @Test
    void onPostgresqlFreeTextSearchCanUseTheTrigramIndex() throws java.sql.SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue("postgresql".equals(TestDatabase.kind()), "PostgreSQL only");
        try (java.sql.Connection c = TestDatabase.postgresql(); java.sql.Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (java.sql.ResultSet r = s.executeQuery("explain select count(*) from agent where search_text like '%gent12%'")) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
            c.rollback();
            assertTrue(plan.toString().contains("ix_agent_search_text_trgm"), plan.toString());
        }
    }

    @Test
    void teamIdFilterMatchesAnyOfTheGivenTeams() {
        String tag = Unique.suffix();
        JsonObject a = data.agentTeam("TeamA_" + tag);
        JsonObject b = data.agentTeam("TeamB_" + tag);
        JsonObject c = data.agentTeam("TeamC_" + tag);
        JsonObject inA = data.agent("ina_" + tag, "teamId", id(a));
        JsonObject inB = data.agent("inb_" + tag, "teamId", id(b));
        JsonObject inC = data.agent("inc_" + tag, "teamId", id(c));
        data.agent("none_" + tag);
        assertEquals(Set.of(id(inA), id(inB)), new HashSet<>(ids(AGENTS + "?q=" + tag + "&teamId=" + id(a) + "&teamId=" + id(b))));
        assertEquals(List.of(id(inC)), ids(AGENTS + "?teamId=" + id(c)));
    }

    /** Agents 1–5 hold: 1 Sales=true English=9, 2 Sales=true English=5, 3 Sales=false English=7, 4 English=8, 5 nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sales                     | 1,2,3",
            "Sales==true               | 1,2",
            "Sales == false            | 3",
            "Sales!=true               | 3",
            "sales==TRUE               | 1,2",
            "English                   | 1,2,3,4",
            "English>=7                | 1,3,4",
            "English>7                 | 1,4",
            "English<7                 | 2",
            "English<=5                | 2",
            "English==7                | 3",
            "English!=7                | 1,2,4",
            "Sales==true;English>=7    | 1",
            "Sales;English<9;English>5 | 3"})
    void attributeConditionsMatchAllOfThem(String conditions, String expected) {
        String tag = Unique.suffix();
        JsonObject sales = data.attribute("Sales_" + tag, "boolean");
        JsonObject english = data.attribute("English_" + tag, "proficiency");
        Map<Integer, Long> agents = new HashMap<>();
        agents.put(1, id(data.agent("c1_" + tag, "attributes", List.of(value(sales, true), value(english, 9)))));
        agents.put(2, id(data.agent("c2_" + tag, "attributes", List.of(value(sales, true), value(english, 5)))));
        agents.put(3, id(data.agent("c3_" + tag, "attributes", List.of(value(sales, false), value(english, 7)))));
        agents.put(4, id(data.agent("c4_" + tag, "attributes", List.of(value(english, 8)))));
        agents.put(5, id(data.agent("c5_" + tag)));

        String query = Arrays.stream(conditions.split(";"))
                .map(c -> c.replace("Sales", "Sales_" + tag).replace("sales", "sales_" + tag.toLowerCase())
                        .replace("English", "English_" + tag))
                .map(c -> "&attribute=" + enc(c)).collect(Collectors.joining());
        Set<Long> want = Arrays.stream(expected.split(",")).map(n -> agents.get(Integer.parseInt(n))).collect(Collectors.toSet());
        assertEquals(want, new HashSet<>(ids(AGENTS + "?q=" + tag + query + "&size=10")), query);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void supervisorFilterTellsSupervisorsFromAgents(boolean supervisor) {
        String tag = Unique.suffix();
        JsonObject boss = data.agent("boss_" + tag, "supervisor", true);
        JsonObject worker = data.agent("worker_" + tag);
        assertEquals(List.of(id(supervisor ? boss : worker)), ids(AGENTS + "?q=" + tag + "&supervisor=" + supervisor));
    }

    @Test
    void unknownAttributeInAConditionIsRefusedNamingTheParameter() {
        ApiResponse r = api.get(AGENTS + "?attribute=" + enc("NoSuch_" + Unique.suffix() + ">=3"));
        assertEquals(400, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals(List.of("attribute"), r.errorFields(), r::toString);
        assertEquals("invalidInput.unknownAttribute", r.errorCode("attribute").orElse(null), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"English>>7", "English>=", "==7", "English~7", "English=7", "English>=high", "English>=11",
            "English>=0", "Sales>true", "Sales==maybe", "Sales==1", "English 7", "English>=7;Sales"})
    void malformedConditionIsRefusedNamingTheParameter(String condition) {
        String tag = Unique.suffix();
        data.attribute("Sales_" + tag, "boolean");
        data.attribute("English_" + tag, "proficiency");
        String text = condition.replace("Sales", "Sales_" + tag).replace("English", "English_" + tag);
        ApiResponse r = api.get(AGENTS + "?attribute=" + enc(text));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("attribute"), r.errorFields(), r::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "teamId=abc       | teamId",
            "supervisor=maybe | supervisor",
            "sort=password    | sort",
            "sort=team        | sort",
            "size=0           | size"})
    void badListParameterIsRefusedNamingIt(String query, String parameter) {
        ApiResponse r = api.get(AGENTS + "?" + query);
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of(parameter), r.errorFields(), r::toString);
    }

    // --- sorting and paging ----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"userName, asc", "userName, desc", "lastName, asc", "lastName, desc", "firstName, desc", "agentId, asc",
            "agentId, desc", "description, asc"})
    void listSortsByTheRequestedField(String field, String direction) {
        String tag = Unique.suffix().toLowerCase();
        // Creation order differs from the order of every field, so an id order would not pass by accident.
        List<JsonObject> created = List.of(
                data.agent("srt_" + tag + "_b", "lastName", "Alpha", "firstName", "Yara", "agentId", "9" + "3".repeat(10),
                        "description", "charlie " + tag),
                data.agent("srt_" + tag + "_c", "lastName", "Charlie", "firstName", "Zed", "agentId", "9" + "1".repeat(10),
                        "description", "alpha " + tag),
                data.agent("srt_" + tag + "_a", "lastName", "Bravo", "firstName", "Xena", "agentId", "9" + "2".repeat(10),
                        "description", "bravo " + tag));
        Comparator<JsonObject> order = Comparator.comparing(o -> o.getString(field));
        if (direction.equals("desc")) {
            order = order.reversed();
        }
        List<Long> expected = created.stream().sorted(order).map(AgentApiIT::id).toList();
        assertEquals(expected, ids(AGENTS + "?q=srt_" + tag + "&sort=" + field + "," + direction));
    }

    @Test
    void listIsPagedWithoutGapsOrRepeats() {
        String tag = Unique.suffix();
        Set<Long> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(id(data.agent("pg" + i + "_" + tag)));
        }
        List<Long> visited = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonObject p = ok(api.get(AGENTS + "?q=" + tag + "&size=2&page=" + page));
            assertEquals(5, p.getJsonNumber("total").longValue(), p::toString);
            assertEquals(page < 2 ? 2 : 1, p.getJsonArray("items").size(), p::toString);
            assertEquals(page < 2, p.getJsonObject("links").containsKey("next"), p::toString);
            visited.addAll(ids(p.getJsonArray("items")));
        }
        assertEquals(created, new HashSet<>(visited), visited::toString);
        assertEquals(5, visited.size(), visited::toString);
    }

    @Test
    void listRowsShowTheTeam() {
        JsonObject team = data.agentTeam(Unique.name("Row"));
        JsonObject agent = data.agent(Unique.name("row"), "teamId", id(team));
        JsonObject row = ok(api.get(AGENTS + "?q=" + agent.getString("userName"))).getJsonArray("items").getJsonObject(0);
        assertEquals(id(team), teamId(row), row::toString);
        assertEquals(agent.getString("agentId"), row.getString("agentId"), row::toString);
    }

    // --- delete ----------------------------------------------------------------------------------------

    @Test
    void deleteRemovesTheAgent() {
        JsonObject agent = data.agent(Unique.name("gone"));
        ApiResponse r = api.delete(item(AGENTS, agent) + "?changeStamp=0");
        assertEquals(204, r.status(), r::toString);
        ApiResponse read = api.get(item(AGENTS, agent));
        assertEquals(404, read.status(), read::toString);
        assertEquals(PROBLEM, read.mediaType(), read::toString);
        assertEquals("notFound", read.code(), read::toString);
    }

    @Test
    void deletedAgentLeavesItsTeamAndItsAttributes() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject team = data.agentTeam(Unique.name("Left"));
        JsonObject agent = data.agent(Unique.name("gone"), "teamId", id(team), "attributes", List.of(value(english, 4)));
        assertEquals(204, api.delete(item(AGENTS, agent) + "?changeStamp=0").status());
        assertEquals(0, ok(api.get(item(AGENT_TEAMS, team))).getJsonArray("members").size());
        assertEquals(0, ok(api.get(item(ATTRIBUTES, english))).getJsonNumber("agentCount").longValue());
    }

    @Test
    void deleteWithStaleChangeStampIsRefused() {
        JsonObject agent = data.agent(Unique.name("stale"));
        assertEquals(200, api.put(item(AGENTS, agent), JsonBody.of("description", "changed", "changeStamp", 0)).status());
        ApiResponse r = api.delete(item(AGENTS, agent) + "?changeStamp=0");
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.staleChangeStamp", r.code(), r::toString);
        assertEquals(200, api.get(item(AGENTS, agent)).status());
    }

    @Test
    void updateWithoutChangeStampIsRefusedWithPreconditionRequired() {
        JsonObject agent = data.agent(Unique.name("blind"));
        ApiResponse r = api.put(item(AGENTS, agent), JsonBody.of("description", "blind write"));
        assertEquals(428, r.status(), r::toString);
        assertEquals(agent, ok(api.get(item(AGENTS, agent))));
    }

    @Test
    void staleIfMatchIsRefusedWithPreconditionFailed() {
        JsonObject agent = data.agent(Unique.name("tag"));
        assertEquals(200, api.put(item(AGENTS, agent), JsonBody.of("description", "first", "changeStamp", 0)).status());
        ApiResponse r = api.request("PUT", item(AGENTS, agent)).header("If-Match", "\"0\"")
                .json(JsonBody.of("description", "lost update")).send();
        assertEquals(412, r.status(), r::toString);
        assertEquals("first", ok(api.get(item(AGENTS, agent))).getString("description"));
    }

    // --- supervisors -----------------------------------------------------------------------------------

    @Test
    void clearingTheSupervisorFlagOfATeamsSupervisorIsAConflict() {
        JsonObject boss = data.agent(Unique.name("boss"), "supervisor", true);
        JsonObject team = data.agentTeam(Unique.name("Bossed"), "supervisorIds", List.of(id(boss)));
        JsonObject read = ok(api.get(item(AGENTS, boss)));
        assertEquals(List.of(id(team)), ids(read.getJsonArray("supervisedTeams")), read::toString);

        ApiResponse r = api.put(item(AGENTS, boss), JsonBody.of("supervisor", false, "changeStamp", stamp(read)));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.stillSupervising", r.code(), r::toString);
        assertTrue(ok(api.get(item(AGENTS, boss))).getBoolean("supervisor"));
    }

    @Test
    void supervisorFlagOfAnAgentSupervisingNoTeamMayBeCleared() {
        JsonObject boss = data.agent(Unique.name("former"), "supervisor", true);
        ApiResponse r = api.put(item(AGENTS, boss), JsonBody.of("supervisor", false, "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertFalse(r.json().getBoolean("supervisor"));
    }

    // --- audit trail -----------------------------------------------------------------------------------

    @Test
    void createUpdateAndDeleteAreAuditedWithoutThePassword() {
        String first = "Fir5t-" + Unique.suffix();
        String second = "Sec0nd-" + Unique.suffix();
        String userName = Unique.name("audited");
        JsonObject agent = data.agent(userName, "description", "before", "password", first);
        ApiResponse updated = api.put(item(AGENTS, agent),
                JsonBody.of("description", "after", "password", second, "supervisor", true, "changeStamp", 0));
        assertEquals(200, updated.status(), updated::toString);
        ApiResponse deleted = api.delete(item(AGENTS, agent) + "?changeStamp=" + stamp(updated.json()));
        assertEquals(204, deleted.status(), deleted::toString);

        ApiResponse r = api.get(AUDIT + "?resourceType=agent&resourceId=" + id(agent));
        JsonObject page = ok(r);
        List<JsonObject> entries = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"),
                entries.stream().map(e -> e.getString("action").toUpperCase()).toList(), page::toString);
        entries.forEach(e -> assertEquals(Api.ADMIN, e.getString("actor"), e::toString));
        for (String secret : List.of(first, second, "pbkdf2")) {
            assertFalse(r.body().contains(secret), () -> "the audit trail shows " + secret + ": " + r);
        }

        JsonObject create = changes(entries.get(2));
        assertEquals(userName, create.getJsonObject("userName").getString("to"), create::toString);
        assertTrue(create.getJsonObject("passwordSet").getBoolean("to"), create::toString);
        JsonObject update = changes(entries.get(1));
        assertEquals("before", update.getJsonObject("description").getString("from"), update::toString);
        assertEquals("after", update.getJsonObject("description").getString("to"), update::toString);
        assertTrue(update.getJsonObject("supervisor").getBoolean("to"), update::toString);
        JsonObject delete = changes(entries.get(0));
        assertEquals(userName, delete.getJsonObject("userName").getString("from"), delete::toString);
        entries.forEach(e -> assertNoPasswordKey(changes(e), r));
    }

    @Test
    void attributeValuesAppearInTheAuditEntry() {
        JsonObject english = data.attribute(Unique.name("English"), "proficiency");
        JsonObject agent = data.agent(Unique.name("auditattr"), "attributes", List.of(value(english, 3)));
        assertEquals(200, api.put(item(AGENTS, agent), JsonBody.of("attributes", List.of(value(english, 8)), "changeStamp", 0)).status());
        List<JsonObject> entries = ok(api.get(AUDIT + "?resourceType=agent&resourceId=" + id(agent)))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, entries.size(), entries::toString);
        JsonObject update = changes(entries.get(0));
        assertEquals(List.of(english.getString("name") + "=8"),
                update.getJsonObject("attributes").getJsonArray("to").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList(), update::toString);
    }

    private static JsonObject changes(JsonObject entry) {
        return entry.getJsonObject("changes");
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private long total(String query) {
        return ok(api.get(query)).getJsonNumber("total").longValue();
    }

    private List<Long> ids(String query) {
        return ids(ok(api.get(query)).getJsonArray("items"));
    }

    private static List<Long> ids(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(AgentApiIT::id).toList();
    }

    /** attributeId → value of the attributes an agent holds. */
    private static Map<Long, JsonValue> values(JsonObject agent) {
        return agent.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getJsonNumber("attributeId").longValue(), a -> a.get("value")));
    }

    /** The id of the agent's team, null when it has none (the field is then absent or null). */
    private static Long teamId(JsonObject agent) {
        return !agent.containsKey("team") || agent.isNull("team") ? null : id(agent.getJsonObject("team"));
    }

    private static long stamp(JsonObject o) {
        return o.getJsonNumber("changeStamp").longValue();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }
}
