package org.ccadmin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server stops in the middle of a job (a reload: every service, the application and the batch runtime
 * stop and start again, as in a restart) and the job continues from its last committed chunk when the server
 * is back: in the end exactly the file's agents exist, each once, and every row has one result.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkJobInterruptionIT {

    private static final int ROWS = 3_000;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @ArquillianResource
    private ManagementClient management;

    private Api api;
    private TestData data;
    private BulkJobs bulk;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        data = new TestData(api);
        bulk = new BulkJobs(api);
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    @Test
    void aJobStoppedWithTheServerContinuesFromItsCheckpointWithExactlyTheExpectedAgents() throws Exception {
        String prefix = "r" + Unique.suffix();
        String location = bulk.submit("agent", BulkImportScale.createFile(prefix, ROWS), false);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        int before;
        do {
            BulkJobs.pause(100);
            before = api.get(location).json().getJsonObject("counts").getInt("processed");
        } while (before < 1000 && Instant.now().isBefore(deadline));
        assertTrue(before >= 1000 && before < ROWS, "the job is under way when the server stops: " + before);

        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        management.getControllerClient().execute(reload);
        awaitApplication();
        JsonObject interrupted = api.get(location).json();
        assertTrue(interrupted.getJsonObject("counts").getInt("processed") < ROWS, "stopped before its end: " + interrupted);

        JsonObject job = bulk.awaitEnd(location, Duration.ofMinutes(10));
        assertEquals("succeeded", job.getString("state"), job::toString);
        assertTrue(job.getInt("runs") >= 2, "continued in a second run: " + job);
        JsonObject counts = job.getJsonObject("counts");
        assertEquals(ROWS, counts.getInt("processed"));
        assertEquals(ROWS, counts.getInt("created"));
        assertEquals(0, counts.getInt("failed"), "no row found its agent already there: nothing ran twice");
        assertEquals(ROWS, api.get(TestData.AGENTS + "?q=" + prefix + "&size=1").json().getInt("total"), "exactly the file's agents");
        long results = bulk.file(location, "result").lines().skip(1).filter(l -> l.contains(",created,") && l.contains("Created /api/v1/agents/")).count();
        assertEquals(ROWS, results, "one result per row");
        BulkImportScale.removeAll(api, data, location, prefix, ROWS);
    }

    /**
     * A job submitted while the server has just started is alive, not one this node lost before it stopped:
     * it runs once (one execution, no row applied twice), though the start-up search for lost jobs runs
     * while it does.
     */
    @Test
    void aJobSubmittedRightAfterTheServerStartedRunsOnce() throws Exception {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        management.getControllerClient().execute(reload);
        awaitApplication();
        String prefix = "b" + Unique.suffix();
        int rows = 2 * ROWS;
        String location = bulk.submit("agent", BulkImportScale.createFile(prefix, rows), false);

        JsonObject job = bulk.awaitEnd(location, Duration.ofMinutes(10));
        assertEquals("succeeded", job.getString("state"), job::toString);
        assertEquals(1, job.getInt("runs"), "one execution: " + job);
        JsonObject counts = job.getJsonObject("counts");
        assertEquals(rows, counts.getInt("processed"), job::toString);
        assertEquals(rows, counts.getInt("created"), job::toString);
        assertEquals(0, counts.getInt("failed"), job::toString);
        assertEquals(rows, api.get(TestData.AGENTS + "?q=" + prefix + "&size=1").json().getInt("total"), "exactly the file's agents");
        BulkImportScale.removeAll(api, data, location, prefix, rows);
    }

    /** Waits until the reloaded server serves the application again. */
    private void awaitApplication() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        BulkJobs.pause(2000);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.anonymous(base).get("api/v1/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the server is still starting
            }
            BulkJobs.pause(500);
        }
        throw new AssertionError("The application did not come back within 3 minutes after the reload");
    }
}
