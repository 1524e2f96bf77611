package org.ccadmin.it;

import static org.ccadmin.it.TestData.AGENTS;
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
 * 72,000 agents (the most a system holds) in one job, each with five attributes the job creates, then all
 * of them deleted again by a second job of 72,000 rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkImportScaleIT {

    static final int ROWS = 72_000;
    private static final Duration WAIT = Duration.ofMinutes(20);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private TestData data;
    private BulkJobs bulk;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        data = new TestData(api);
        bulk = new BulkJobs(api);
        // The system holds at most 72,000 agents: agents earlier classes left would make rows fail on the limit.
        BulkImportScale.removeEveryAgent(api);
    }

    @AfterEach
    void cleanUp() {
        // Also after a failure half-way, so that later classes do not find the system full.
        BulkImportScale.removeEveryAgent(api);
        data.deleteAll();
    }

    @Test
    void seventyTwoThousandAgentsImportInOneJobAndLeaveInAnother() {
        String prefix = "x" + Unique.suffix();
        String location = bulk.submit("agent", BulkImportScale.createFile(prefix, ROWS), false);
        JsonObject job = bulk.awaitEnd(location, WAIT);
        trackAttributes(location);
        assertEquals("succeeded", job.getString("state"), job::toString);
        JsonObject counts = job.getJsonObject("counts");
        assertEquals(ROWS, counts.getInt("processed"));
        assertEquals(ROWS, counts.getInt("created"));
        assertEquals(5, counts.getInt("attributesCreated"));
        assertEquals(ROWS, api.get(AGENTS + "?q=" + prefix + "&size=1").json().getInt("total"));
        JsonObject sample = api.get(AGENTS + "?q=" + prefix + "71999&size=1").json().getJsonArray("items").getJsonObject(0);
        assertEquals(5, api.get(TestData.item(AGENTS, sample.getJsonNumber("id").longValue())).json().getJsonArray("attributes").size());

        List<String> result = bulk.file(location, "result").lines().toList();
        assertEquals(ROWS + 1, result.size());
        assertTrue(result.stream().skip(1).allMatch(l -> l.contains(",created,") && l.contains("Created /api/v1/agents/")), "every row created an agent");
        List<String> log = bulk.file(location, "log").lines().toList();
        assertTrue(log.get(log.size() - 2).endsWith(" - 72000 lines processed, 72000 succeeded, 0 failed"), log.get(log.size() - 2));
        assertTrue(log.get(log.size() - 1).endsWith(" - 0 agent teams created, 5 attributes created, 72000 agents created, "
                + "0 agents updated, 0 agents deleted"), log.get(log.size() - 1));

        String deletion = bulk.submit("agent", BulkImportScale.deleteFile(prefix, ROWS), false);
        JsonObject deleted = bulk.awaitEnd(deletion, WAIT);
        assertEquals("succeeded", deleted.getString("state"), deleted::toString);
        assertEquals(ROWS, deleted.getJsonObject("counts").getInt("deleted"));
        assertEquals(0, api.get(AGENTS + "?q=" + prefix + "&size=1").json().getInt("total"));
        for (String l : List.of(location, deletion)) {
            assertEquals(204, api.request("DELETE", l).header("If-Match", api.get(l).etag()).send().status());
        }
    }

    private void trackAttributes(String location) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Created /(api/v1/attributes/\\d+)").matcher(bulk.file(location, "result"));
        while (m.find()) {
            data.track(m.group(1));
        }
    }
}
