package org.ccadmin.it;

import static org.ccadmin.it.BulkJobs.AGENT_HEADER;
import static org.ccadmin.it.BulkJobs.BULK_JOBS;
import static org.ccadmin.it.BulkJobs.SSO_HEADER;
import static org.ccadmin.it.TestData.AGENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Bulk jobs over REST: templates, files refused before a job exists, an agent file that creates, updates
 * and deletes with a result per row (teams and attributes created when missing, blank and {@code ~}
 * semantics, unmodelled columns refused), the log, result and original files, dry run, cancel, SSO
 * migration, list, search and delete.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkJobApiIT {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private TestData data;
    private BulkJobs bulk;
    private String p;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        data = new TestData(api);
        bulk = new BulkJobs(api);
        p = Unique.suffix();
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    // --- templates --------------------------------------------------------------------------------------

    @Test
    void theAgentTemplateHasTheHeaderAndAnExampleRow() {
        ApiResponse r = bulk.download(BULK_JOBS + "/templates/agent");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("text/csv"), r::toString);
        List<String> lines = r.body().lines().toList();
        assertEquals(AGENT_HEADER, lines.get(0));
        assertTrue(lines.get(1).startsWith("CREATE,,asmith,"), lines.get(1));
        assertEquals(404, bulk.download(BULK_JOBS + "/templates/dialednumber").status());
    }

    @Test
    void theSsoTemplateListsTheAgentsNotYetSsoEnabled() {
        data.agent("plain" + p, "firstName", "Pat", "lastName", "Lee");
        data.agent("sso" + p, "ssoEnabled", true);
        String template = bulk.download(BULK_JOBS + "/templates/ssomigration").body();
        assertEquals(SSO_HEADER, template.lines().findFirst().orElseThrow());
        assertTrue(template.contains("plain" + p + ",Pat,Lee,\r\n"), template);
        assertFalse(template.contains("sso" + p), template);
    }

    // --- refused before a job exists ------------------------------------------------------------------------

    @Test
    void aBrokenHeaderIsRefusedBeforeAnyJobExists() {
        long before = jobCount();
        ApiResponse r = bulk.post(BulkJobs.form("type", "agent", "file",
                "operation,userName,firstName\nCREATE,x,y\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, r.status(), r::toString);
        assertEquals("file", r.errorFields().get(0));
        assertTrue(r.body().contains("Line 1: the header must be operation,agentId,userName"), r::toString);
        assertEquals(before, jobCount());
    }

    @Test
    void wrongColumnCountsAndBrokenQuotingAreRefusedNamingTheirLines() {
        long before = jobCount();
        String csv = AGENT_HEADER + "\n" + row("CREATE", "a" + p) + "\nCREATE,b,c\n" + row("CREATE", "c" + p) + "\n"
                + row("CREATE", "d\"x" + p) + "\n";
        ApiResponse r = bulk.post(BulkJobs.form("type", "agent", "file", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.body().contains("Line 3: 3 columns where the header has 18."), r::toString);
        assertTrue(r.body().contains("Line 5: a quote inside a cell"), r::toString);
        assertEquals(before, jobCount());
    }

    @Test
    void aFileOverTheRowLimitOrNotInUtf8IsRefused() {
        long before = jobCount();
        StringBuilder big = new StringBuilder("userName,firstName,lastName,newUserName\n");
        for (int i = 0; i < 72_001; i++) {
            big.append("u").append(i).append(",,,\n");
        }
        ApiResponse tooMany = bulk.post(BulkJobs.form("type", "ssomigration", "file", big.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, tooMany.status(), tooMany::toString);
        assertEquals("invalidInput.tooManyRows", tooMany.errorCode("file").orElseThrow());

        byte[] latin1 = (SSO_HEADER + "\nj\u00fcrgen,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        ApiResponse notUtf8 = bulk.post(BulkJobs.form("type", "ssomigration", "file", latin1));
        assertEquals(400, notUtf8.status(), notUtf8::toString);
        assertEquals("invalidInput.encoding", notUtf8.errorCode("file").orElseThrow());
        assertTrue(notUtf8.body().contains("Line 2"), notUtf8::toString);
        assertEquals(before, jobCount());
    }

    @Test
    void aFileWithAByteOrderMarkIsAccepted() {
        String location = bulk.submit("ssomigration", "\uFEFF" + SSO_HEADER + "\nnobody" + p + ",,,\n", false);
        JsonObject job = bulk.awaitEnd(location, WAIT);
        assertEquals("failed", job.getString("state"));
        assertTrue(bulk.file(location, "log").contains("The specified agent userName does not exist: nobody" + p));
        deleteJob(location);
    }

    @Test
    void missingAndUnknownPartsAreNamed() {
        ApiResponse r = bulk.post(BulkJobs.form("dryRun", "maybe", "colour", "blue"));
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.errorFields().containsAll(List.of("type", "file", "dryRun", "colour")), r::toString);
    }

    // --- agent content file ---------------------------------------------------------------------------------

    @Test
    void anAgentFileCreatesUpdatesAndDeletesWithAResultForEveryRow() {
        String team = "T" + p;
        String prof = "Prof" + p;
        String flag = "Flag" + p;
        String u1 = "one" + p;
        String u2 = "two" + p;
        String csv = AGENT_HEADER + "\r\n"
                + agent("CREATE", u1, "Ann", "Able", "Secret-1", "", team, prof + "=7;" + flag + "=true", "") + "\r\n"
                + agent("create", u2, "Bob", "Best", "", "", team, prof + "=3", "") + "\r\n"
                + "CREATE,,three" + p + ",C,D,,,,,,,,sg1,,,,,\r\n"
                + agent("UPDATE", u1, "", "~", "", "New description", "", prof + "=9", "") + "\r\n"
                + agent("UPDATE", "ghost" + p, "", "", "", "", "", "", "") + "\r\n"
                + agent("DELETE", u2, "", "", "", "", "", "", "") + "\r\n"
                + agent("CREATE", u1.toUpperCase(), "", "", "", "", "", "", "") + "\r\n"
                + agent("RENAME", "four" + p, "", "", "", "", "", "", "") + "\r\n";
        String location = bulk.submit("agent", csv, false);
        JsonObject job = bulk.awaitEnd(location, WAIT);
        bulk.trackCreated(location, data);

        assertEquals("partially_succeeded", job.getString("state"), job::toString);
        JsonObject counts = job.getJsonObject("counts");
        assertEquals(8, counts.getInt("total"));
        assertEquals(8, counts.getInt("processed"));
        assertEquals(4, counts.getInt("succeeded"));
        assertEquals(4, counts.getInt("failed"));
        assertEquals(2, counts.getInt("created"));
        assertEquals(1, counts.getInt("updated"));
        assertEquals(1, counts.getInt("deleted"));
        assertEquals(1, counts.getInt("teamsCreated"));
        assertEquals(2, counts.getInt("attributesCreated"));
        assertEquals(100, job.getInt("progress"));
        assertEquals(Api.ADMIN, job.getString("submittedBy"));

        JsonObject one = agentNamed(u1);
        assertEquals("Ann", one.getString("firstName"), "a blank cell leaves the value");
        assertTrue(!one.containsKey("lastName") || one.isNull("lastName"), "~ clears the value");
        assertEquals("New description", one.getString("description"));
        assertTrue(one.getBoolean("passwordSet"));
        assertEquals(team, one.getJsonObject("team").getString("name"));
        assertEquals(1, one.getJsonArray("attributes").size(), "the attributes cell is the complete set");
        assertEquals(prof, one.getJsonArray("attributes").getJsonObject(0).getString("name"));
        assertEquals(9, one.getJsonArray("attributes").getJsonObject(0).getInt("value"));
        assertEquals(0, search(u2), "deleted");
        assertEquals(0, search("three" + p), "refused");

        String log = bulk.file(location, "log");
        assertTrue(log.lines().findFirst().orElseThrow().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ - Job created"), log);
        assertTrue(log.contains(" - Job started\n"), log);
        assertTrue(log.contains(" - Processing line 1: Header\n"), log);
        assertTrue(log.contains(" - Processing line 2: operation=CREATE, agentId=, userName=" + u1 + ", firstName=Ann, lastName=Able, "
                + "password=, "), log);
        assertFalse(log.contains("Secret-1"), "a password never appears in the log: the stored row no longer holds it");
        assertTrue(log.contains("(agent team " + team + ")"), log);
        assertTrue(log.contains("(proficiency attribute " + prof + ")"), log);
        assertTrue(log.contains("(boolean attribute " + flag + ")"), log);
        assertTrue(log.contains(" - Error processing line 4: skillGroups: skillGroups must be empty: ccadmin does not model skill groups."), log);
        assertTrue(log.contains(" - Error processing line 6: userName: The specified agent userName does not exist: ghost" + p), log);
        assertTrue(log.contains(" - Error processing line 8: userName: An agent with userName '" + u1.toUpperCase() + "' already exists"), log);
        assertTrue(log.contains(" - Error processing line 9: operation: operation must be CREATE, UPDATE or DELETE, not 'RENAME'."), log);
        assertTrue(log.contains(" - Job partially completed due to errors\n"), log);
        assertTrue(log.contains(" - 8 lines processed, 4 succeeded, 4 failed\n"), log);
        assertTrue(log.contains(" - 1 agent teams created, 2 attributes created, 2 agents created, 1 agents updated, 1 agents deleted\n"), log);

        List<String> result = bulk.file(location, "result").lines().toList();
        assertEquals(9, result.size());
        assertEquals(AGENT_HEADER + ",result,message", result.get(0));
        assertTrue(result.get(1).contains(",created,"), result.get(1));
        assertTrue(result.get(3).startsWith("CREATE,,three" + p + ",C,D,,,,,,,,sg1,,,,,,failed,skillGroups: "), result.get(3));
        assertTrue(result.get(6).contains(",deleted,Deleted /api/v1/agents/"), result.get(6));

        List<String> original = bulk.file(location, "csv").lines().toList();
        List<String> sent = csv.lines().toList();
        assertEquals(sent.get(0), original.get(0));
        assertEquals(sent.get(1).replace("Secret-1", ""), original.get(1), "the password is dropped once the row is done");
        assertEquals(sent.subList(2, sent.size()), original.subList(2, original.size()));
        deleteJob(location);
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndChangesNothing() {
        String existing = "dry" + p;
        data.agent(existing);
        String team = "DryTeam" + p;
        String csv = AGENT_HEADER + "\n" + agent("CREATE", "new" + p, "N", "", "", "", team, "DryAttr" + p + "=5", "") + "\n"
                + agent("DELETE", existing, "", "", "", "", "", "", "") + "\n"
                + agent("UPDATE", "ghost" + p, "", "", "", "", "", "", "") + "\n";
        String location = bulk.submit("agent", csv, true);
        JsonObject job = bulk.awaitEnd(location, WAIT);
        assertEquals("partially_succeeded", job.getString("state"), job::toString);
        assertTrue(job.getBoolean("dryRun"));
        assertEquals(1, job.getJsonObject("counts").getInt("created"));
        assertEquals(1, job.getJsonObject("counts").getInt("deleted"));
        assertEquals(1, job.getJsonObject("counts").getInt("failed"));
        assertEquals(0, search("new" + p), "nothing was created");
        assertEquals(1, search(existing), "nothing was deleted");
        assertEquals(0, api.get(TestData.AGENT_TEAMS + "?q=" + team).json().getInt("total"));
        assertEquals(0, api.get(TestData.ATTRIBUTES + "?q=DryAttr" + p).json().getInt("total"));
        String result = bulk.file(location, "result");
        assertTrue(result.contains("Would create agent team " + team + " (agent team " + team + ")"), result);
        assertTrue(result.contains("Would create agent new" + p), result);
        assertTrue(result.contains(",deleted,Would delete /api/v1/agents/"), result);
        assertTrue(bulk.file(location, "log").contains("Job created (dry run: nothing will be changed)"));
        deleteJob(location);
    }

    @Test
    void cancelStopsAtAChunkBoundaryAndKeepsWhatWasCommitted() {
        int rows = 20_000;
        StringBuilder csv = new StringBuilder(AGENT_HEADER + "\n");
        for (int i = 0; i < rows; i++) {
            csv.append(agent("CREATE", "c" + i + p, "", "", "", "", "", "", "")).append('\n');
        }
        String location = bulk.submit("agent", csv.toString(), false);
        ApiResponse cancel = api.post(location + "/cancel", "");
        assertEquals(202, cancel.status(), cancel::toString);
        JsonObject job = bulk.awaitEnd(location, WAIT);
        assertEquals("cancelled", job.getString("state"), job::toString);
        int processed = job.getJsonObject("counts").getInt("processed");
        assertTrue(processed < rows, job::toString);
        assertEquals(0, processed % 500, "stopped at a chunk boundary: " + job);
        assertEquals(processed, job.getJsonObject("counts").getInt("created"));
        assertEquals(processed, search(p), "exactly the committed agents exist");
        assertTrue(bulk.file(location, "log").contains("Job cancelled; the rows processed before are kept"));
        assertEquals(409, api.post(location + "/cancel", "").status(), "an ended job cannot be cancelled");
        deleteAgents(rows, i -> "c" + i + p);
        deleteJob(location);
    }

    // --- SSO migration --------------------------------------------------------------------------------------

    @Test
    void ssoMigrationRenamesAndEnablesSso() {
        JsonObject a = data.agent("sa" + p);
        JsonObject b = data.agent("sb" + p);
        data.agent("sc" + p);
        String csv = SSO_HEADER + "\n" + "sa" + p + ",Sam,Ash,sam.ash" + p + "@example.com\n" + "sb" + p + ",,,\n" + "nobody" + p + ",,,\n"
                + "sc" + p + ",,,bad name\n";
        String location = bulk.submit("ssomigration", csv, false);
        JsonObject job = bulk.awaitEnd(location, WAIT);
        assertEquals("partially_succeeded", job.getString("state"), job::toString);
        assertEquals(2, job.getJsonObject("counts").getInt("updated"));
        JsonObject renamed = api.get(TestData.item(AGENTS, a)).json();
        assertEquals("sam.ash" + p + "@example.com", renamed.getString("userName"));
        assertEquals("Sam", renamed.getString("firstName"));
        assertTrue(renamed.getBoolean("ssoEnabled"));
        assertTrue(api.get(TestData.item(AGENTS, b)).json().getBoolean("ssoEnabled"));
        String log = bulk.file(location, "log");
        assertTrue(log.contains("renamed to sam.ash" + p + "@example.com"), log);
        assertTrue(log.contains(" - 2 agents migrated to SSO\n"), log);
        String badRename = bulk.file(location, "result").lines().filter(l -> l.startsWith("sc" + p)).findFirst().orElseThrow();
        assertTrue(badRename.contains("newUserName"), "the refusal names the column that was filled: " + badRename);
        assertFalse(bulk.download(BULK_JOBS + "/templates/ssomigration").body().contains("sb" + p), "migrated agents leave the template");
        deleteJob(location);
    }

    // --- list, search, delete -------------------------------------------------------------------------------

    @Test
    void jobsAreListedSearchedAndDeleted() {
        ApiResponse created = bulk.post(BulkJobs.form("type", "ssomigration", "description", "find me " + p,
                "file", (SSO_HEADER + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(202, created.status(), created::toString);
        String location = created.location();
        JsonObject job = bulk.awaitEnd(location, WAIT);
        assertEquals("succeeded", job.getString("state"), "an empty file succeeds");
        JsonObject found = api.get(BULK_JOBS + "?q=" + enc("find me " + p)).json();
        assertEquals(1, found.getInt("total"));
        assertEquals("ssomigration", found.getJsonArray("items").getJsonObject(0).getString("type"));
        assertEquals(0, api.get(BULK_JOBS + "?q=" + enc("find me " + p) + "&type=agent").json().getInt("total"));
        assertEquals(1, api.get(BULK_JOBS + "?q=" + enc("find me " + p) + "&state=succeeded").json().getInt("total"));
        assertEquals(400, api.get(BULK_JOBS + "?state=sleeping").status());
        ApiResponse deleted = api.request("DELETE", location).header("If-Match", api.get(location).etag()).send();
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(404, api.get(location).status());
        assertEquals(404, bulk.download(location + "/log").status());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** A row with the user name in its place and every other cell empty. */
    private static String row(String operation, String userName) {
        return agent(operation, userName, "", "", "", "", "", "", "");
    }

    private static String agent(String operation, String userName, String firstName, String lastName, String password,
            String description, String team, String attributes, String supervisorTeams) {
        return String.join(",", operation, "", userName, firstName, lastName, password, "", "", description, "", "", team, "", "",
                attributes, "", supervisorTeams, "");
    }

    private JsonObject agentNamed(String userName) {
        JsonObject page = api.get(AGENTS + "?q=" + enc(userName)).json();
        assertEquals(1, page.getInt("total"), page::toString);
        return api.get(TestData.item(AGENTS, page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())).json();
    }

    private int search(String text) {
        return api.get(AGENTS + "?q=" + enc(text)).json().getInt("total");
    }

    private long jobCount() {
        return api.get(BULK_JOBS).json().getInt("total");
    }

    private void deleteAgents(int rows, java.util.function.IntFunction<String> userName) {
        StringBuilder csv = new StringBuilder(AGENT_HEADER + "\n");
        for (int i = 0; i < rows; i++) {
            csv.append(row("DELETE", userName.apply(i))).append('\n');
        }
        String location = bulk.submit("agent", csv.toString(), false);
        bulk.awaitEnd(location, WAIT);
        deleteJob(location);
    }

    private void deleteJob(String location) {
        ApiResponse r = api.request("DELETE", location).header("If-Match", api.get(location).etag()).send();
        assertEquals(204, r.status(), r::toString);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
