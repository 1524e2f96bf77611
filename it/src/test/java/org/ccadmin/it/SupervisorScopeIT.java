package org.ccadmin.it;

import static java.util.Map.entry;
import static org.ccadmin.it.TestData.AGENTS;
import static org.ccadmin.it.TestData.AGENT_TEAMS;
import static org.ccadmin.it.TestData.ATTRIBUTE_EDITS;
import static org.ccadmin.it.TestData.item;
import static org.ccadmin.it.TestData.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * A supervisor of team A (agents a1, a2), with team B (agent b1) beside it, walks every endpoint of the API
 * (from the OpenAPI document) and every console page (from the source tree): the reads it is allowed show
 * only its scope, agents and teams outside it do not exist for it (404), everything else is refused (403).
 * An endpoint or page that this test does not classify fails it, so a new one cannot slip past the rule.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorScopeIT {

    private static final String PASSWORD = "Team-A-supervisor-1";
    private static final String PROBLEM = "application/problem+json";

    /** What a supervisor may do with an endpoint ("METHOD /path", path parameters as {}). */
    private enum Access {
        /** Reads of agents or teams: only the supervised teams and their members; others 404. */
        SCOPED,
        /** Reads of configuration the supervisor may see as the administrator sees it. */
        READ,
        /** The attribute changes of the supervised agents (tested in detail below; others 404 / unknown). */
        ATTRIBUTES,
        /** No sign-in needed. */
        PUBLIC,
        /** Refused with 403. */
        FORBIDDEN
    }

    private static final Map<String, Access> ENDPOINTS = new TreeMap<>(Map.ofEntries(
            entry("GET /agents", Access.SCOPED),
            entry("GET /agents/{}", Access.SCOPED),
            entry("GET /agents/{}/precision-queues", Access.SCOPED),
            entry("GET /agent-teams", Access.SCOPED),
            entry("GET /agent-teams/{}", Access.SCOPED),
            entry("GET /attributes/{}/members", Access.SCOPED),
            entry("GET /precision-queues/{}/steps/{}/agents", Access.SCOPED),
            entry("PUT /agents/{}", Access.ATTRIBUTES),
            entry("POST /agents/attribute-edits", Access.ATTRIBUTES),
            entry("GET /attributes", Access.SCOPED),
            entry("GET /attributes/{}", Access.SCOPED),
            entry("GET /precision-queues", Access.SCOPED),
            entry("GET /precision-queues/{}", Access.SCOPED),
            entry("GET /business-hours", Access.READ),
            entry("GET /business-hours/{}", Access.READ),
            entry("GET /business-hours/{}/effective", Access.READ),
            entry("GET /business-hours/{}/status", Access.READ),
            entry("GET /business-hours/{}/special-days", Access.READ),
            entry("GET /business-hours/{}/special-days.ics", Access.READ),
            entry("GET /business-hours/special-days/template", Access.READ),
            entry("GET /status-reasons", Access.READ),
            entry("GET /status-reasons/{}", Access.READ),
            entry("GET /time-zones", Access.READ),
            entry("GET /time-zones/{}", Access.READ),
            entry("GET /health", Access.PUBLIC),
            entry("GET /health/live", Access.PUBLIC),
            entry("GET /health/ready", Access.PUBLIC)));

    /** Everything else the API has: refused to a supervisor. Listed, so that a new endpoint must be classified. */
    private static final Set<String> FORBIDDEN = Set.of(
            "POST /agents", "DELETE /agents/{}",
            "POST /agent-teams", "PUT /agent-teams/{}", "DELETE /agent-teams/{}",
            "POST /attributes", "PUT /attributes/{}", "DELETE /attributes/{}",
            "POST /precision-queues", "PUT /precision-queues/{}", "DELETE /precision-queues/{}", "POST /precision-queues/preview",
            "POST /business-hours", "PUT /business-hours/{}", "DELETE /business-hours/{}", "POST /business-hours/{}/copy",
            "POST /business-hours/status", "POST /business-hours/schedule", "POST /business-hours/{}/special-days",
            "POST /status-reasons", "PUT /status-reasons/{}", "DELETE /status-reasons/{}",
            "GET /media-routing-domains", "GET /media-routing-domains/{}", "POST /media-routing-domains",
            "PUT /media-routing-domains/{}", "DELETE /media-routing-domains/{}",
            "GET /bucket-intervals", "GET /bucket-intervals/{}", "POST /bucket-intervals", "PUT /bucket-intervals/{}",
            "DELETE /bucket-intervals/{}",
            "GET /call-settings/miscellaneous", "PUT /call-settings/miscellaneous",
            "GET /bulk-jobs", "POST /bulk-jobs", "GET /bulk-jobs/{}", "DELETE /bulk-jobs/{}", "POST /bulk-jobs/{}/cancel",
            "GET /bulk-jobs/{}/log", "GET /bulk-jobs/{}/result", "GET /bulk-jobs/{}/csv", "GET /bulk-jobs/templates/{}",
            "GET /licensing", "PUT /licensing", "POST /licensing/register", "POST /licensing/reregister", "POST /licensing/deregister",
            "POST /licensing/renew-authorization", "POST /licensing/renew-registration", "GET /licensing/transport",
            "PUT /licensing/transport", "PUT /licensing/transport/ca-certificate", "DELETE /licensing/transport/ca-certificate",
            "GET /licensing/usage", "GET /licensing/usage-reports", "GET /licensing/log", "POST /licensing/what-if",
            "PUT /licensing/license-type", "PUT /licensing/settings", "GET /license-compliance",
            "GET /inventory", "POST /inventory", "PUT /inventory/{}", "DELETE /inventory/{}",
            "GET /alerts", "GET /mail-settings", "PUT /mail-settings", "POST /mail-settings/test",
            "GET /simulated-clock", "POST /simulated-clock", "POST /simulated-clock/advance", "DELETE /simulated-clock",
            "GET /audit",
            "GET /sso/global-state", "PUT /sso/global-state", "GET /sso/identity-provider", "PUT /sso/identity-provider",
            "POST /sso/identity-provider/test",
            "GET /agent-sessions", "POST /agent-sessions", "POST /agent-sessions/sign-in", "POST /agent-sessions/sign-out",
            "DELETE /agent-sessions/{}");

    /** Console pages (under the web application's root) and what a supervisor gets. */
    private static final Map<String, Access> PAGES = new TreeMap<>(Map.ofEntries(
            entry("login.xhtml", Access.PUBLIC),
            entry("index.xhtml", Access.READ),
            entry("user-setup/agents.xhtml", Access.SCOPED),
            entry("user-setup/agent.xhtml", Access.SCOPED),
            entry("user-setup/agent-teams.xhtml", Access.SCOPED),
            entry("user-setup/agent-team.xhtml", Access.SCOPED),
            entry("organization/attributes.xhtml", Access.READ),
            entry("organization/attribute.xhtml", Access.READ),
            entry("organization/precision-queues.xhtml", Access.READ),
            entry("organization/precision-queue.xhtml", Access.READ),
            entry("organization/precision-queue-agents.xhtml", Access.READ),
            entry("organization/business-hours.xhtml", Access.READ),
            entry("organization/business-hour.xhtml", Access.READ),
            entry("organization/status-reasons.xhtml", Access.READ),
            entry("infrastructure/license-management.xhtml", Access.FORBIDDEN),
            entry("infrastructure/license-compliance.xhtml", Access.FORBIDDEN),
            entry("infrastructure/license-consumption.xhtml", Access.FORBIDDEN),
            entry("infrastructure/inventory.xhtml", Access.FORBIDDEN),
            entry("infrastructure/notifications.xhtml", Access.FORBIDDEN),
            entry("call-settings/media-routing-domains.xhtml", Access.FORBIDDEN),
            entry("call-settings/bucket-intervals.xhtml", Access.FORBIDDEN),
            entry("call-settings/miscellaneous.xhtml", Access.FORBIDDEN),
            entry("bulk-import/bulk-jobs.xhtml", Access.FORBIDDEN),
            entry("features/single-sign-on.xhtml", Access.FORBIDDEN)));

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api admin;
    private Api supervisor;
    private TestData data;
    private String boss;
    private JsonObject skill;
    private JsonObject a1;
    private JsonObject a2;
    private JsonObject b1;
    private JsonObject teamA;
    private JsonObject teamB;
    private JsonObject queue;

    @BeforeEach
    void twoTeams() {
        admin = Api.asAdmin(base);
        data = new TestData(admin);
        String tag = Unique.name("scope");
        skill = data.attribute(Unique.name("Skill"), "proficiency");
        // Mixed case: the caller name is the user name as stored.
        boss = "Boss_" + tag;
        JsonObject supervisorAgent = data.agent(boss, "supervisor", true, "password", PASSWORD);
        a1 = data.agent("a1_" + tag, "attributes", List.of(value(skill, 5)));
        a2 = data.agent("a2_" + tag);
        b1 = data.agent("b1_" + tag, "attributes", List.of(value(skill, 7)));
        teamA = data.agentTeam(Unique.name("TeamA"), "memberIds", List.of(id(a1), id(a2)), "supervisorIds", List.of(id(supervisorAgent)));
        teamB = data.agentTeam(Unique.name("TeamB"), "memberIds", List.of(id(b1)));
        ApiResponse q = data.track(admin.post("api/v1/precision-queues", JsonBody.of("name", Unique.name("PQ"), "mediaRoutingDomainId", 1,
                "steps", List.of(JsonBody.object("criteria", skill.getString("name") + " >= 1")))));
        assertEquals(201, q.status(), q::toString);
        queue = q.json();
        supervisor = Api.as(base, boss, PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    // --- the API sweep ---------------------------------------------------------------------------------

    @Test
    void everyEndpointIsClassifiedAndASupervisorGetsNothingBeyondItsScope() {
        Map<String, String> operations = operations();
        Set<String> unclassified = new TreeSet<>(operations.keySet());
        unclassified.removeAll(ENDPOINTS.keySet());
        unclassified.removeAll(FORBIDDEN);
        assertTrue(unclassified.isEmpty(), "Endpoints this sweep does not classify (add them to ENDPOINTS or FORBIDDEN): " + unclassified);
        Set<String> stale = new TreeSet<>(ENDPOINTS.keySet());
        stale.removeAll(operations.keySet());
        assertTrue(stale.isEmpty(), "Classified as allowed but not in the API: " + stale);

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> op : operations.entrySet()) {
            String key = op.getKey();
            Access access = ENDPOINTS.getOrDefault(key, Access.FORBIDDEN);
            String method = key.substring(0, key.indexOf(' '));
            String template = key.substring(key.indexOf(' ') + 1);
            switch (access) {
                case FORBIDDEN -> {
                    ApiResponse r = call(supervisor, method, concrete(template, "1"), op.getValue());
                    if (r.status() != 403 || !PROBLEM.equals(r.mediaType())) {
                        wrong.add(key + " → " + r.status() + " " + r.mediaType() + " (expected a 403 problem)");
                    }
                }
                case READ -> {
                    String path = concrete(template, sampleId(template));
                    ApiResponse mine = supervisor.get(path);
                    ApiResponse theirs = admin.get(path);
                    if (mine.status() != theirs.status() || mine.status() == 403) {
                        wrong.add(key + " → " + mine.status() + " (the administrator got " + theirs.status() + ")");
                    }
                }
                case PUBLIC -> {
                    ApiResponse r = Api.anonymous(base).get(concrete(template, "1"));
                    if (r.status() >= 400 && r.status() != 503) {
                        wrong.add(key + " → " + r.status());
                    }
                }
                case SCOPED, ATTRIBUTES -> wrong.addAll(scoped(key));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The scope checks of one agent or team endpoint; returns what went wrong. */
    private List<String> scoped(String key) {
        List<String> wrong = new ArrayList<>();
        switch (key) {
            case "GET /agents" -> {
                expect(wrong, key, Set.of(id(a1), id(a2)), ids(supervisor.get(AGENTS + "?size=500")));
                expect(wrong, key + "?teamId=B", Set.of(), ids(supervisor.get(AGENTS + "?teamId=" + id(teamB))));
                expect(wrong, key + " total", 2L, (long) supervisor.get(AGENTS).json().getInt("total"));
            }
            case "GET /agents/{}" -> {
                status(wrong, key + " a1", 200, supervisor.get(item(AGENTS, a1)));
                status(wrong, key + " b1", 404, supervisor.get(item(AGENTS, b1)));
            }
            case "GET /agents/{}/precision-queues" -> {
                status(wrong, key + " a1", 200, supervisor.get(item(AGENTS, a1) + "/precision-queues"));
                status(wrong, key + " b1", 404, supervisor.get(item(AGENTS, b1) + "/precision-queues"));
            }
            case "GET /agent-teams" -> expect(wrong, key, Set.of(id(teamA)), ids(supervisor.get(AGENT_TEAMS + "?size=500")));
            case "GET /agent-teams/{}" -> {
                status(wrong, key + " A", 200, supervisor.get(item(AGENT_TEAMS, teamA)));
                status(wrong, key + " B", 404, supervisor.get(item(AGENT_TEAMS, teamB)));
            }
            case "GET /attributes" -> {
                String listed = TestData.ATTRIBUTES + "?q=" + skill.getString("name");
                expect(wrong, key + " agentCount", 1L, (long) supervisor.get(listed).json().getJsonArray("items").getJsonObject(0)
                        .getInt("agentCount"));
                expect(wrong, key + " agentCount (administrator)", 2L, (long) admin.get(listed).json().getJsonArray("items")
                        .getJsonObject(0).getInt("agentCount"));
            }
            case "GET /attributes/{}" -> {
                expect(wrong, key + " agentCount", 1L, (long) supervisor.get(item(TestData.ATTRIBUTES, skill)).json().getInt("agentCount"));
                expect(wrong, key + " agentCount (administrator)", 2L, (long) admin.get(item(TestData.ATTRIBUTES, skill)).json()
                        .getInt("agentCount"));
            }
            case "GET /precision-queues" -> {
                String listed = "api/v1/precision-queues?q=" + queue.getString("name");
                expect(wrong, key + " agentCount", 1L, (long) supervisor.get(listed).json().getJsonArray("items").getJsonObject(0)
                        .getInt("agentCount"));
                expect(wrong, key + " agentCount (administrator)", 2L, (long) admin.get(listed).json().getJsonArray("items")
                        .getJsonObject(0).getInt("agentCount"));
            }
            case "GET /precision-queues/{}" -> {
                JsonObject mine = supervisor.get("api/v1/precision-queues/" + id(queue)).json();
                expect(wrong, key + " agentCount", 1L, (long) mine.getInt("agentCount"));
                expect(wrong, key + " step agentCount", 1L, (long) mine.getJsonArray("steps").getJsonObject(0).getInt("agentCount"));
                expect(wrong, key + " agentCount (administrator)", 2L,
                        (long) admin.get("api/v1/precision-queues/" + id(queue)).json().getInt("agentCount"));
            }
            case "GET /attributes/{}/members" -> {
                String members = item(TestData.ATTRIBUTES, skill) + "/members";
                expect(wrong, key, Set.of(id(a1)), ids(supervisor.get(members)));
                expect(wrong, key + " (administrator)", Set.of(id(a1), id(b1)), ids(admin.get(members)));
            }
            case "GET /precision-queues/{}/steps/{}/agents" -> {
                String agents = "api/v1/precision-queues/" + id(queue) + "/steps/1/agents";
                expect(wrong, key, Set.of(id(a1)), ids(supervisor.get(agents)));
                expect(wrong, key + " total", 1L, (long) supervisor.get(agents).json().getInt("total"));
                expect(wrong, key + " (administrator)", Set.of(id(a1), id(b1)), ids(admin.get(agents)));
            }
            case "PUT /agents/{}" -> status(wrong, key + " b1", 404, supervisor.put(item(AGENTS, b1),
                    JsonBody.of("attributes", List.of(value(skill, 3)), "changeStamp", stampOf(b1))));
            case "POST /agents/attribute-edits" -> {
                ApiResponse r = supervisor.post(ATTRIBUTE_EDITS, JsonBody.of("agentIds", List.of(id(b1)),
                        "set", List.of(JsonBody.object("attributeId", id(skill), "value", 3))));
                status(wrong, key + " b1", 400, r);
                if (r.status() == 400 && !r.errorCode("agentIds").equals(java.util.Optional.of("invalidInput.unknownAgent"))) {
                    wrong.add(key + " b1 → " + r.body());
                }
            }
            default -> wrong.add(key + ": classified as scoped but not checked");
        }
        return wrong;
    }

    // --- allowed changes ------------------------------------------------------------------------------

    @Test
    void aSupervisorChangesTheAttributeValuesOfItsAgentsAndNothingElse() {
        ApiResponse changed = supervisor.put(item(AGENTS, a1), JsonBody.of("attributes", List.of(value(skill, 9)),
                "changeStamp", stampOf(a1)));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(9, admin.get(item(AGENTS, a1)).json().getJsonArray("attributes").getJsonObject(0).getInt("value"));

        long stamp = changed.json().getJsonNumber("changeStamp").longValue();
        ApiResponse refused = supervisor.put(item(AGENTS, a1), JsonBody.of("description", "mine now", "loginEnabled", false,
                "changeStamp", stamp));
        assertEquals(403, refused.status(), refused::toString);
        assertEquals(PROBLEM, refused.mediaType());
        assertEquals(List.of("description", "loginEnabled"), refused.errorFields());
        assertFalse(admin.get(item(AGENTS, a1)).json().containsKey("description")
                && "mine now".equals(admin.get(item(AGENTS, a1)).json().getString("description", null)));

        ApiResponse moved = supervisor.put(item(AGENTS, a1), JsonBody.of("teamId", id(teamB), "changeStamp", stamp));
        assertEquals(403, moved.status(), moved::toString);
        assertEquals(List.of("teamId"), moved.errorFields());

        JsonObject audit = admin.get(TestData.AUDIT + "?size=50").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> a1.getString("userName").equals(e.getString("resourceName", null))).findFirst().orElseThrow();
        assertEquals(boss, audit.getString("actor"), audit::toString);
    }

    @Test
    void aSupervisorsMultiAgentEditByQueryChangesOnlyItsAgents() {
        ApiResponse r = supervisor.post(ATTRIBUTE_EDITS, JsonBody.of("query", JsonBody.object("q", ""),
                "set", List.of(JsonBody.object("attributeId", id(skill), "value", 2))));
        assertEquals(200, r.status(), r::toString);
        assertEquals(2, r.json().getInt("selectedAgents"), r::toString);
        assertEquals(2, held(a1));
        assertEquals(2, held(a2));
        assertEquals(7, held(b1), "an agent of another team keeps its value");
    }

    @Test
    void aSupervisorCannotCreateOrDeleteAgentsNorEditTeams() {
        assertEquals(403, supervisor.post(AGENTS, JsonBody.of("userName", Unique.name("new"))).status());
        assertEquals(403, supervisor.delete(item(AGENTS, a1) + "?changeStamp=" + stampOf(a1)).status());
        long teamStamp = admin.get(item(AGENT_TEAMS, teamA)).json().getJsonNumber("changeStamp").longValue();
        assertEquals(403, supervisor.put(item(AGENT_TEAMS, teamA), JsonBody.of("name", "Renamed", "changeStamp", teamStamp)).status());
        assertEquals(200, admin.get(item(AGENTS, a1)).status(), "still there");
    }

    @Test
    void theAdministratorSeesEveryAgentAndTeam() {
        Set<Long> agents = ids(admin.get(AGENTS + "?size=500"));
        assertTrue(agents.containsAll(Set.of(id(a1), id(a2), id(b1))), agents::toString);
        Set<Long> teams = ids(admin.get(AGENT_TEAMS + "?size=500"));
        assertTrue(teams.containsAll(Set.of(id(teamA), id(teamB))), teams::toString);
        assertEquals(200, admin.get(item(AGENTS, b1)).status());
    }

    // --- sign-in --------------------------------------------------------------------------------------

    @Test
    void aSupervisorSignsInWithItsAgentPasswordInAnyLetterCase() {
        assertEquals(200, Api.as(base, boss.toLowerCase(java.util.Locale.ROOT), PASSWORD).get(AGENTS).status());
        assertEquals(401, Api.as(base, boss, PASSWORD + "x").get(AGENTS).status());
    }

    @Test
    void anAgentWithoutTheSupervisorFlagCannotSignIn() {
        JsonObject worker = data.agent(Unique.name("worker"), "password", PASSWORD);
        assertEquals(401, Api.as(base, worker.getString("userName"), PASSWORD).get(AGENTS).status());
    }

    @Test
    void signInStopsAtOnceWhenLoginIsDisabledThePasswordChangesOrTheFlagIsCleared() {
        String name = Unique.name("Lead");
        JsonObject lead = data.agent(name, "supervisor", true, "password", PASSWORD);
        Api asLead = Api.as(base, name, PASSWORD);
        assertEquals(200, asLead.get(AGENTS).status(), "signed in (and the check remembered)");
        assertEquals(List.of(), ids(asLead.get(AGENTS)).stream().toList(), "a supervisor of no team sees no agent");

        long stamp = ok(admin.put(item(AGENTS, lead), JsonBody.of("loginEnabled", false, "changeStamp",
                lead.getJsonNumber("changeStamp").longValue())));
        assertEquals(401, asLead.get(AGENTS).status(), "login disabled");
        stamp = ok(admin.put(item(AGENTS, lead), JsonBody.of("loginEnabled", true, "changeStamp", stamp)));
        assertEquals(200, asLead.get(AGENTS).status());

        stamp = ok(admin.put(item(AGENTS, lead), JsonBody.of("password", PASSWORD + "-new", "changeStamp", stamp)));
        assertEquals(401, asLead.get(AGENTS).status(), "old password");
        assertEquals(200, Api.as(base, name, PASSWORD + "-new").get(AGENTS).status());

        ok(admin.put(item(AGENTS, lead), JsonBody.of("supervisor", false, "changeStamp", stamp)));
        assertEquals(401, Api.as(base, name, PASSWORD + "-new").get(AGENTS).status(), "no longer a supervisor");
    }

    @Test
    void aLocalAccountWinsOverAnAgentOfTheSameName() {
        data.agent(Api.ADMIN.toUpperCase(java.util.Locale.ROOT), "supervisor", true, "password", PASSWORD);
        assertEquals(401, Api.as(base, Api.ADMIN, PASSWORD).get(AGENTS).status());
        assertEquals(200, admin.get("api/v1/audit").status(), "the administrator still signs in as the administrator");
    }

    // --- the console sweep ----------------------------------------------------------------------------

    @Test
    void everyConsolePageIsClassifiedAndASupervisorSeesOnlyItsScope() throws IOException {
        Set<String> pages = consolePages();
        Set<String> unclassified = new TreeSet<>(pages);
        unclassified.removeAll(PAGES.keySet());
        assertTrue(unclassified.isEmpty(), "Console pages this sweep does not classify (add them to PAGES): " + unclassified);

        ConsoleSession console = ConsoleSession.signIn(base, boss, PASSWORD);
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            Access access = PAGES.get(page);
            ConsoleSession.Page shown = console.get(page);
            switch (access) {
                case FORBIDDEN -> {
                    if (shown.status() != 403) {
                        wrong.add(shown + " (expected 403)");
                    }
                }
                case PUBLIC -> {
                    if (shown.status() != 200) {
                        wrong.add(shown.toString());
                    }
                }
                case READ, SCOPED, ATTRIBUTES -> {
                    if (shown.status() != 200) {
                        wrong.add(shown + " (expected 200)");
                    }
                    for (String hidden : List.of("navLicenseManagement", "navMediaRoutingDomains", "navMiscellaneous", "navBulkJobs")) {
                        if (shown.status() == 200 && shown.body().contains(hidden + "\"")) {
                            wrong.add(shown + " shows the menu entry " + hidden);
                        }
                    }
                }
            }
        }
        String agents = console.get("user-setup/agents.xhtml").body();
        if (!agents.contains(a1.getString("userName")) || agents.contains(b1.getString("userName"))) {
            wrong.add("agents.xhtml does not list exactly the supervised agents");
        }
        String teams = console.get("user-setup/agent-teams.xhtml").body();
        if (!teams.contains(teamA.getString("name")) || teams.contains(teamB.getString("name"))) {
            wrong.add("agent-teams.xhtml does not list exactly the supervised team");
        }
        if (!console.get("user-setup/agent.xhtml?id=" + id(a1)).body().contains(a1.getString("userName"))) {
            wrong.add("agent.xhtml does not show a supervised agent");
        }
        if (console.get("user-setup/agent.xhtml?id=" + id(b1)).body().contains(b1.getString("userName"))) {
            wrong.add("agent.xhtml shows an agent of another team");
        }
        if (console.get("user-setup/agent-team.xhtml?id=" + id(teamB)).body().contains(teamB.getString("name"))) {
            wrong.add("agent-team.xhtml shows another team");
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        ConsoleSession asAdmin = ConsoleSession.signIn(base, Api.ADMIN, Deployments.required("admin.password"));
        for (String page : pages) {
            assertEquals(200, asAdmin.get(page).status(), () -> page + " as the administrator");
        }
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** "METHOD /path" (parameters as {}) → the request body's media type, for every operation of the document. */
    private Map<String, String> operations() {
        ApiResponse doc = Api.anonymous(base).get("/openapi?format=JSON");
        assertEquals(200, doc.status(), doc::toString);
        Map<String, String> out = new TreeMap<>();
        JsonObject paths = doc.json().getJsonObject("paths");
        for (String path : paths.keySet()) {
            int api = path.indexOf("/api/v1");
            String relative = (api >= 0 ? path.substring(api + "/api/v1".length()) : path).replaceAll("\\{[^}]*}", "{}");
            for (Map.Entry<String, JsonValue> op : paths.getJsonObject(path).entrySet()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                JsonObject body = op.getValue().asJsonObject().getJsonObject("requestBody");
                String type = body == null || !body.containsKey("content") ? "application/json"
                        : body.getJsonObject("content").keySet().iterator().next();
                out.put(method + " " + relative, type);
            }
        }
        return out;
    }

    private ApiResponse call(Api as, String method, String path, String contentType) {
        return switch (method) {
            case "GET" -> as.get(path);
            case "DELETE" -> as.delete(path + "?changeStamp=0");
            default -> as.request(method, path).body(contentType.contains("*") ? "application/json" : contentType,
                    method.equals("PUT") ? "{\"changeStamp\":0}" : "{}").send();
        };
    }

    private String sampleId(String template) {
        if (template.startsWith("/attributes/")) {
            return Long.toString(id(skill));
        }
        if (template.startsWith("/precision-queues/")) {
            return Long.toString(id(queue));
        }
        if (template.startsWith("/time-zones/")) {
            return "Europe/Berlin";
        }
        String collection = template.substring(0, template.indexOf('/', 1) < 0 ? template.length() : template.indexOf('/', 1));
        if (template.contains("{}")) {
            List<Long> some = new ArrayList<>(ids(admin.get("api/v1" + collection)));
            return some.isEmpty() ? "999999" : Long.toString(some.get(0));
        }
        return "1";
    }

    private static String concrete(String template, String id) {
        return "api/v1" + template.replace("{}", id);
    }

    private static Set<String> consolePages() throws IOException {
        Path root = Path.of("").toAbsolutePath().resolveSibling("web").resolve("src/main/webapp");
        if (!Files.isDirectory(root)) {
            root = Path.of("web/src/main/webapp").toAbsolutePath();
        }
        Path webapp = root;
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).map(p -> webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The agent's changeStamp now (joining a team changed it since it was created). */
    private long stampOf(JsonObject agent) {
        return admin.get(item(AGENTS, agent)).json().getJsonNumber("changeStamp").longValue();
    }

    private int held(JsonObject agent) {
        return admin.get(item(AGENTS, agent)).json().getJsonArray("attributes").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getJsonNumber("attributeId").longValue() == id(skill)).findFirst().orElseThrow().getInt("value");
    }

    private static Set<Long> ids(ApiResponse list) {
        assertEquals(200, list.status(), list::toString);
        return list.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static long ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("changeStamp").longValue();
    }

    private static void status(List<String> wrong, String what, int expected, ApiResponse r) {
        if (r.status() != expected) {
            wrong.add(what + " → " + r.status() + " (expected " + expected + ") " + r.body());
        }
    }

    private static void expect(List<String> wrong, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            wrong.add(what + " → " + actual + " (expected " + expected + ")");
        }
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
