package org.ccadmin.it;

import static org.ccadmin.it.TestData.AGENTS;
import static org.ccadmin.it.TestData.AGENT_TEAMS;
import static org.ccadmin.it.TestData.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agent teams over REST: members and supervisors given as complete id sets, supervisors that must carry the
 * supervisor flag, the 50-member and 20-supervisor limits, one team per agent (joining one team leaves the
 * other), member and supervisor counts, deletion that keeps the members as agents, and optimistic concurrency.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentTeamApiIT {

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
    void teamIsCreatedWithItsMembersAndSupervisors() {
        String tag = Unique.suffix().toLowerCase();
        JsonObject bob = data.agent("bob_" + tag);
        JsonObject amy = data.agent("amy_" + tag);
        JsonObject boss = data.agent("boss_" + tag, "supervisor", true);
        String name = Unique.name("Team");
        ApiResponse r = data.track(api.post(AGENT_TEAMS, JsonBody.of("name", name, "description", "first line",
                "memberIds", List.of(id(bob), id(amy)), "supervisorIds", List.of(id(boss)))));
        assertEquals(201, r.status(), r::toString);
        assertTrue(r.location().endsWith(item(AGENT_TEAMS, r.json())), r::toString);
        assertEquals("\"0\"", r.etag());
        JsonObject team = r.json();
        assertEquals(name, team.getString("name"));
        assertEquals("first line", team.getString("description"));
        assertEquals(List.of(id(amy), id(bob)), ids(team.getJsonArray("members")), "members by user name: " + team);
        assertEquals(List.of(id(boss)), ids(team.getJsonArray("supervisors")), team::toString);
        JsonObject member = team.getJsonArray("members").getJsonObject(0);
        assertEquals(amy.getString("userName"), member.getString("userName"), member::toString);
        assertEquals(amy.getString("agentId"), member.getString("agentId"), member::toString);

        JsonObject read = ok(api.get(r.location()));
        assertEquals(ids(team.getJsonArray("members")), ids(read.getJsonArray("members")), read::toString);
        assertEquals(ids(team.getJsonArray("supervisors")), ids(read.getJsonArray("supervisors")), read::toString);
        assertEquals(id(team), teamId(ok(api.get(item(AGENTS, bob)))));
        assertEquals(List.of(id(team)), ids(ok(api.get(item(AGENTS, boss))).getJsonArray("supervisedTeams")));
    }

    @Test
    void teamWithoutMembersOrSupervisorsIsEmpty() {
        JsonObject team = data.agentTeam(Unique.name("Empty"));
        assertEquals(0, team.getJsonArray("members").size(), team::toString);
        assertEquals(0, team.getJsonArray("supervisors").size(), team::toString);
        assertEquals(0, team.getJsonNumber("changeStamp").longValue());
    }

    @Test
    void supervisorMayAlsoBeAMember() {
        JsonObject boss = data.agent(Unique.name("both"), "supervisor", true);
        JsonObject team = data.agentTeam(Unique.name("Both"), "memberIds", List.of(id(boss)), "supervisorIds", List.of(id(boss)));
        assertEquals(List.of(id(boss)), ids(team.getJsonArray("members")));
        assertEquals(List.of(id(boss)), ids(team.getJsonArray("supervisors")));
    }

    @Test
    void duplicateNameInOtherLetterCaseIsAConflictNamingTheField() {
        String name = Unique.name("Dup");
        data.agentTeam(name);
        ApiResponse r = data.track(api.post(AGENT_TEAMS, JsonBody.of("name", name.toLowerCase())));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.duplicateName", r.code(), r::toString);
        assertEquals(List.of("name"), r.errorFields(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ThirtyThreeCharactersLongName_xyz", "bad name", "_x", ""})
    void invalidNameIsRefusedNamingTheField(String name) {
        ApiResponse r = data.track(api.post(AGENT_TEAMS, JsonBody.of("name", name)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("name"), r.errorFields(), r::toString);
    }

    // --- supervisors -----------------------------------------------------------------------------------

    @Test
    void supervisorsMustCarryTheSupervisorFlag() {
        JsonObject boss = data.agent(Unique.name("boss"), "supervisor", true);
        JsonObject plain = data.agent(Unique.name("plain"));
        String name = Unique.name("Flag");
        ApiResponse r = data.track(api.post(AGENT_TEAMS, JsonBody.of("name", name, "supervisorIds", List.of(id(boss), id(plain)))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("supervisorIds"), r.errorFields(), r::toString);
        assertEquals("invalidInput.notASupervisor", r.errorCode("supervisorIds").orElse(null), r::toString);
        assertTrue(r.json().getString("detail", "").contains(plain.getString("userName")), () -> "names the agent: " + r);
        assertEquals(0, total(AGENT_TEAMS + "?q=" + name), "a refused team is not stored");
    }

    @Test
    void twentySupervisorsAreAcceptedButNotTwentyOne() {
        String tag = Unique.suffix();
        List<Long> bosses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            bosses.add(id(data.agent("boss" + i + "_" + tag, "supervisor", true)));
        }
        String name = Unique.name("Bosses");
        ApiResponse refused = data.track(api.post(AGENT_TEAMS, JsonBody.of("name", name, "supervisorIds", bosses)));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("supervisorIds"), refused.errorFields(), refused::toString);
        assertEquals(0, total(AGENT_TEAMS + "?q=" + name));

        JsonObject team = data.agentTeam(name, "supervisorIds", bosses.subList(0, 20));
        assertEquals(20, team.getJsonArray("supervisors").size());
        ApiResponse r = api.put(item(AGENT_TEAMS, team), JsonBody.of("supervisorIds", bosses, "changeStamp", 0));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("supervisorIds"), r.errorFields(), r::toString);
        assertEquals(20, ok(api.get(item(AGENT_TEAMS, team))).getJsonArray("supervisors").size());
    }

    @Test
    void supervisorIdsOnUpdateReplaceTheSupervisors() {
        JsonObject old = data.agent(Unique.name("old"), "supervisor", true);
        JsonObject fresh = data.agent(Unique.name("new"), "supervisor", true);
        JsonObject team = data.agentTeam(Unique.name("Swap"), "supervisorIds", List.of(id(old)));
        ApiResponse r = api.put(item(AGENT_TEAMS, team), JsonBody.of("supervisorIds", List.of(id(fresh)), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(List.of(id(fresh)), ids(r.json().getJsonArray("supervisors")), r::toString);
        assertEquals(0, ok(api.get(item(AGENTS, old))).getJsonArray("supervisedTeams").size());
    }

    // --- members ---------------------------------------------------------------------------------------

    @Test
    void fiftyMembersAreAcceptedButNotFiftyOne() {
        String tag = Unique.suffix();
        List<Long> agents = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            agents.add(id(data.agent("m" + i + "_" + tag)));
        }
        String name = Unique.name("Crowd");
        ApiResponse r = data.track(api.post(AGENT_TEAMS, JsonBody.of("name", name, "memberIds", agents)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("memberIds"), r.errorFields(), r::toString);
        assertEquals("limitExceeded.agentsPerTeam", r.errorCode("memberIds").orElse(null), r::toString);
        assertEquals(0, total(AGENT_TEAMS + "?q=" + name));
        assertEquals(0, agentsWithTeam(tag), "no agent joined a refused team");

        JsonObject team = data.agentTeam(name, "memberIds", agents.subList(0, 50));
        assertEquals(50, team.getJsonArray("members").size());
        assertEquals(50, count(team, "memberCount"));
        ApiResponse more = api.put(item(AGENT_TEAMS, team), JsonBody.of("memberIds", agents, "changeStamp", 0));
        assertEquals(400, more.status(), more::toString);
        assertEquals(List.of("memberIds"), more.errorFields(), more::toString);
        assertEquals(50, ok(api.get(item(AGENT_TEAMS, team))).getJsonArray("members").size());
    }

    @Test
    void joiningAnotherTeamLeavesTheFirst() {
        JsonObject agent = data.agent(Unique.name("mover"));
        JsonObject first = data.agentTeam(Unique.name("First"), "memberIds", List.of(id(agent)));
        JsonObject second = data.agentTeam(Unique.name("Second"), "memberIds", List.of(id(agent)));
        assertEquals(List.of(id(agent)), ids(second.getJsonArray("members")), second::toString);
        assertEquals(0, ok(api.get(item(AGENT_TEAMS, first))).getJsonArray("members").size());
        assertEquals(id(second), teamId(ok(api.get(item(AGENTS, agent)))));
        assertEquals(0, count(first, "memberCount"));
        assertEquals(1, count(second, "memberCount"));
    }

    @Test
    void joiningAnotherTeamByUpdateLeavesTheFirst() {
        JsonObject agent = data.agent(Unique.name("mover"));
        JsonObject first = data.agentTeam(Unique.name("First"), "memberIds", List.of(id(agent)));
        JsonObject second = data.agentTeam(Unique.name("Second"));
        ApiResponse r = api.put(item(AGENT_TEAMS, second), JsonBody.of("memberIds", List.of(id(agent)), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(0, ok(api.get(item(AGENT_TEAMS, first))).getJsonArray("members").size());
        assertEquals(id(second), teamId(ok(api.get(item(AGENTS, agent)))));
    }

    @Test
    void memberIdsOnUpdateReplaceTheMembers() {
        JsonObject stays = data.agent(Unique.name("stays"));
        JsonObject leaves = data.agent(Unique.name("leaves"));
        JsonObject joins = data.agent(Unique.name("joins"));
        JsonObject team = data.agentTeam(Unique.name("Swap"), "memberIds", List.of(id(stays), id(leaves)));
        ApiResponse r = api.put(item(AGENT_TEAMS, team), JsonBody.of("memberIds", List.of(id(stays), id(joins)), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(Set.of(id(stays), id(joins)), Set.copyOf(ids(r.json().getJsonArray("members"))), r::toString);
        assertEquals(null, teamId(ok(api.get(item(AGENTS, leaves)))));
        assertEquals(id(team), teamId(ok(api.get(item(AGENTS, joins)))));
    }

    @Test
    void updateWithoutMemberIdsKeepsTheMembers() {
        JsonObject agent = data.agent(Unique.name("kept"));
        JsonObject team = data.agentTeam(Unique.name("Keep"), "memberIds", List.of(id(agent)));
        ApiResponse r = api.put(item(AGENT_TEAMS, team), JsonBody.of("description", "renamed nothing", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(List.of(id(agent)), ids(r.json().getJsonArray("members")), r::toString);
    }

    @Test
    void changingOnlyTheMembersAdvancesTheChangeStamp() {
        // Otherwise two administrators editing one team's members would overwrite each other unnoticed.
        JsonObject agent = data.agent(Unique.name("member"));
        JsonObject team = data.agentTeam(Unique.name("Stamp"));
        ApiResponse r = api.put(item(AGENT_TEAMS, team), JsonBody.of("memberIds", List.of(id(agent)), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        ApiResponse stale = api.put(item(AGENT_TEAMS, team), JsonBody.of("memberIds", List.of(), "changeStamp", 0));
        assertEquals(409, stale.status(), "a second edit based on changeStamp 0 overwrote the first: " + stale);
        assertEquals(List.of(id(agent)), ids(ok(api.get(item(AGENT_TEAMS, team))).getJsonArray("members")));
        assertTrue(r.json().getJsonNumber("changeStamp").longValue() > 0, r::toString);
    }

    @Test
    void changingOnlyTheSupervisorsAdvancesTheChangeStamp() {
        JsonObject boss = data.agent(Unique.name("boss"), "supervisor", true);
        JsonObject team = data.agentTeam(Unique.name("Stamp"));
        ApiResponse r = api.put(item(AGENT_TEAMS, team), JsonBody.of("supervisorIds", List.of(id(boss)), "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.json().getJsonNumber("changeStamp").longValue() > 0, r::toString);
    }

    @Test
    void teamAsReadCanBeSentBackUnchanged() {
        JsonObject member = data.agent(Unique.name("member"));
        JsonObject boss = data.agent(Unique.name("boss"), "supervisor", true);
        JsonObject team = data.agentTeam(Unique.name("Round"), "description", "trip", "memberIds", List.of(id(member)),
                "supervisorIds", List.of(id(boss)));
        JsonObject read = ok(api.get(item(AGENT_TEAMS, team)));
        ApiResponse r = api.put(item(AGENT_TEAMS, team), read.toString());
        assertEquals(200, r.status(), r::toString);
        assertEquals(read, r.json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memberIds", "supervisorIds"})
    void unknownAgentIdsAreRefusedNamingTheField(String field) {
        JsonObject boss = data.agent(Unique.name("real"), "supervisor", true);
        String name = Unique.name("Ghosts");
        ApiResponse r = data.track(api.post(AGENT_TEAMS, JsonBody.of("name", name, field, List.of(id(boss), 987654321L))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of(field), r.errorFields(), r::toString);
        assertEquals(0, total(AGENT_TEAMS + "?q=" + name));
        assertEquals(null, teamId(ok(api.get(item(AGENTS, boss)))));
    }

    @Test
    void memberIdsThatAreNotIdsAreRefusedNamingTheElement() {
        ApiResponse r = data.track(api.post(AGENT_TEAMS, "{\"name\":\"" + Unique.name("Bad") + "\",\"memberIds\":[1,\"two\"]}"));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("memberIds[1]"), r.errorFields(), r::toString);
    }

    // --- list ------------------------------------------------------------------------------------------

    @Test
    void listShowsMemberAndSupervisorCounts() {
        String tag = Unique.suffix();
        JsonObject a = data.agent("a_" + tag);
        JsonObject b = data.agent("b_" + tag);
        JsonObject boss = data.agent("boss_" + tag, "supervisor", true);
        data.agentTeam("Full_" + tag, "memberIds", List.of(id(a), id(b)), "supervisorIds", List.of(id(boss)));
        data.agentTeam("Empty_" + tag);
        Map<String, List<Long>> counts = ok(api.get(AGENT_TEAMS + "?q=" + tag)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(t -> t.getString("name"),
                        t -> List.of(t.getJsonNumber("memberCount").longValue(), t.getJsonNumber("supervisorCount").longValue())));
        assertEquals(Map.of("Full_" + tag, List.of(2L, 1L), "Empty_" + tag, List.of(0L, 0L)), counts);
    }

    // --- delete ----------------------------------------------------------------------------------------

    @Test
    void deletingATeamKeepsItsMembersAsAgentsWithoutATeam() {
        JsonObject member = data.agent(Unique.name("member"));
        JsonObject boss = data.agent(Unique.name("boss"), "supervisor", true);
        JsonObject team = data.agentTeam(Unique.name("Gone"), "memberIds", List.of(id(member)), "supervisorIds", List.of(id(boss)));
        ApiResponse r = api.delete(item(AGENT_TEAMS, team) + "?changeStamp=0");
        assertEquals(204, r.status(), r::toString);
        assertEquals(404, api.get(item(AGENT_TEAMS, team)).status());

        JsonObject read = ok(api.get(item(AGENTS, member)));
        assertEquals(null, teamId(read), read::toString);
        JsonObject former = ok(api.get(item(AGENTS, boss)));
        assertEquals(0, former.getJsonArray("supervisedTeams").size(), former::toString);
        ApiResponse cleared = api.put(item(AGENTS, boss), JsonBody.of("supervisor", false, "changeStamp", stamp(former)));
        assertEquals(200, cleared.status(), "a former supervisor supervises nothing any more: " + cleared);
    }

    @Test
    void deletingATeamWhoseSupervisorIsAlsoItsMemberKeepsThatAgent() {
        JsonObject boss = data.agent(Unique.name("both"), "supervisor", true);
        JsonObject team = data.agentTeam(Unique.name("Both"), "memberIds", List.of(id(boss)), "supervisorIds", List.of(id(boss)));
        ApiResponse r = api.delete(item(AGENT_TEAMS, team) + "?changeStamp=0");
        assertEquals(204, r.status(), r::toString);
        assertEquals(404, api.get(item(AGENT_TEAMS, team)).status());
        JsonObject read = ok(api.get(item(AGENTS, boss)));
        assertEquals(null, teamId(read), read::toString);
        assertEquals(0, read.getJsonArray("supervisedTeams").size(), read::toString);
    }

    @Test
    void deletingASupervisingAgentTakesItOffTheTeam() {
        JsonObject stays = data.agent(Unique.name("stays"), "supervisor", true);
        JsonObject leaves = data.agent(Unique.name("leaves"), "supervisor", true);
        JsonObject team = data.agentTeam(Unique.name("Bossed"), "supervisorIds", List.of(id(stays), id(leaves)));
        ApiResponse r = api.delete(item(AGENTS, leaves) + "?changeStamp=" + stamp(ok(api.get(item(AGENTS, leaves)))));
        assertEquals(204, r.status(), r::toString);
        assertEquals(List.of(id(stays)), ids(ok(api.get(item(AGENT_TEAMS, team))).getJsonArray("supervisors")));
        assertEquals(1, count(team, "supervisorCount"));
    }

    @Test
    void deleteWithStaleChangeStampIsRefused() {
        JsonObject team = changedOnce(Unique.name("StaleDel"));
        ApiResponse r = api.delete(item(AGENT_TEAMS, team) + "?changeStamp=0");
        assertEquals(409, r.status(), r::toString);
        assertEquals(200, api.get(item(AGENT_TEAMS, team)).status());
    }

    // --- optimistic concurrency ------------------------------------------------------------------------

    @Test
    void staleChangeStampIsRefusedWithConflict() {
        JsonObject team = changedOnce(Unique.name("Stale"));
        ApiResponse r = api.put(item(AGENT_TEAMS, team), JsonBody.of("description", "lost update", "changeStamp", 0));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.staleChangeStamp", r.code(), r::toString);
        assertEquals("first change", ok(api.get(item(AGENT_TEAMS, team))).getString("description"));
    }

    @Test
    void staleIfMatchIsRefusedWithPreconditionFailed() {
        JsonObject team = changedOnce(Unique.name("StaleTag"));
        ApiResponse r = api.request("PUT", item(AGENT_TEAMS, team)).header("If-Match", "\"0\"")
                .json(JsonBody.of("description", "lost update")).send();
        assertEquals(412, r.status(), r::toString);
        assertEquals("first change", ok(api.get(item(AGENT_TEAMS, team))).getString("description"));
    }

    @Test
    void updateWithoutChangeStampIsRefusedWithPreconditionRequired() {
        JsonObject team = data.agentTeam(Unique.name("Blind"));
        ApiResponse r = api.put(item(AGENT_TEAMS, team), JsonBody.of("description", "blind write"));
        assertEquals(428, r.status(), r::toString);
        assertEquals("changeStampRequired", r.code(), r::toString);
    }

    private JsonObject changedOnce(String name) {
        JsonObject team = data.agentTeam(name);
        ApiResponse r = api.put(item(AGENT_TEAMS, team), JsonBody.of("description", "first change", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.json().getJsonNumber("changeStamp").longValue(), r::toString);
        return r.json();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** A count of the team's row in the team list. */
    private long count(JsonObject team, String field) {
        return ok(api.get(AGENT_TEAMS + "?q=" + team.getString("name"))).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(t -> id(t) == id(team)).findFirst().orElseThrow().getJsonNumber(field).longValue();
    }

    private long agentsWithTeam(String tag) {
        return ok(api.get(AGENTS + "?q=" + tag + "&size=100")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> teamId(a) != null).count();
    }

    private long total(String query) {
        return ok(api.get(query)).getJsonNumber("total").longValue();
    }

    private static List<Long> ids(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(AgentTeamApiIT::id).toList();
    }

    private static Long teamId(JsonObject agent) {
        return !agent.containsKey("team") || agent.isNull("team") ? null : id(agent.getJsonObject("team"));
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
