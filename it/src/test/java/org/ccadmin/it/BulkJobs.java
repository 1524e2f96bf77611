package org.ccadmin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk jobs through the API: multipart submissions, waiting for a job to end (polling its state; the job
 * runs on the server's batch threads), and tracking what a job created so that the test deletes it again.
 */
public final class BulkJobs {

    public static final String BULK_JOBS = "api/v1/bulk-jobs";
    public static final String AGENT_HEADER = "operation,agentId,userName,firstName,lastName,password,loginEnabled,ssoEnabled,"
            + "description,agentStateTrace,agentDeskSettingsName,agentTeamName,skillGroups,defaultSkillGroup,attributes,supervisor,"
            + "supervisorTeams,departmentName";
    public static final String SSO_HEADER = "userName,firstName,lastName,newUserName";
    private static final Set<String> FINISHED = Set.of("succeeded", "failed", "cancelled", "partially_succeeded");
    private static final Pattern CREATED = Pattern.compile("Created /(api/v1/(?:agents|agent-teams|attributes)/\\d+)");
    private static final String BOUNDARY = "ccadminBulkBoundary7MA4YWxkTrZu0gW";

    private final Api api;

    public BulkJobs(Api api) {
        this.api = api;
    }

    /** A multipart form of these parts (name, value; a value of bytes is sent as the file). */
    public static byte[] form(Object... namesAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"");
            if (value instanceof byte[]) {
                head.append("; filename=\"content.csv\"\r\nContent-Type: text/csv");
            }
            head.append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(value instanceof byte[] b ? b : value.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public ApiResponse post(byte[] form) {
        return api.request("POST", BULK_JOBS).body("multipart/form-data; boundary=" + BOUNDARY, form).send();
    }

    /** Submits a file; asserts 202 and returns the job's location. */
    public String submit(String type, String csv, boolean dryRun) {
        ApiResponse r = post(form("type", type, "description", "test " + type, "dryRun", dryRun,
                "file", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(202, r.status(), r::toString);
        return r.location();
    }

    /** Waits until the job has ended and returns it. */
    public JsonObject awaitEnd(String location, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonObject job = api.get(location).json();
            if (FINISHED.contains(job.getString("state"))) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Bulk job did not end within " + timeout + ": " + job);
            }
            pause(300);
        }
    }

    /** A file download (a log, a CSV): any media type accepted. */
    public ApiResponse download(String path) {
        return api.request("GET", path).header("Accept", "*/*").send();
    }

    public String file(String location, String which) {
        ApiResponse r = download(location + "/" + which);
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    /** Tracks every agent, team and attribute the job's result file says it created. */
    public void trackCreated(String location, TestData data) {
        Matcher m = CREATED.matcher(file(location, "result"));
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        // Teams and attributes first: the agents go first when the tracked items are deleted (last in, first out).
        found.stream().filter(l -> !l.contains("/agents/")).forEach(data::track);
        found.stream().filter(l -> l.contains("/agents/")).forEach(data::track);
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
