package org.ccadmin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Large agent content files for the scale, console and crash tests, and their clean-up. */
public final class BulkImportScale {

    private BulkImportScale() {
    }

    /** {@code rows} CREATE rows of user names {@code <prefix><i>}, five attributes each (created by the job). */
    public static String createFile(String prefix, int rows) {
        StringBuilder csv = new StringBuilder(BulkJobs.AGENT_HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            String attributes = prefix + "Lang=" + (i % 10 + 1) + ";" + prefix + "Chat=" + (i % 2 == 0) + ";" + prefix + "Mail="
                    + (i % 3 == 0) + ";" + prefix + "Sales=" + (i % 7 + 1) + ";" + prefix + "Care=" + (i % 5 + 1);
            csv.append("CREATE,,").append(prefix).append(i).append(",First").append(i).append(",Last").append(i)
                    .append(",,,,,,,,,,").append(attributes).append(",,,\n");
        }
        return csv.toString();
    }

    public static String deleteFile(String prefix, int rows) {
        StringBuilder csv = new StringBuilder(BulkJobs.AGENT_HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append("DELETE,,").append(prefix).append(i).append(",,,,,,,,,,,,,,,\n");
        }
        return csv.toString();
    }

    /**
     * Deletes every agent the system holds (with one DELETE job), so that a test can import the system's
     * maximum of 72,000: earlier test classes of the same run leave agents behind. Fails when any remains.
     */
    public static void removeEveryAgent(Api api) {
        StringBuilder csv = new StringBuilder(BulkJobs.AGENT_HEADER).append('\n');
        int rows = 0;
        for (int page = 0; ; page++) {
            var items = api.get("api/v1/agents?size=500&sort=id,asc&page=" + page).json().getJsonArray("items");
            for (var item : items.getValuesAs(jakarta.json.JsonObject.class)) {
                csv.append("DELETE,,\"").append(item.getString("userName").replace("\"", "\"\"")).append("\",,,,,,,,,,,,,,,\n");
                rows++;
            }
            if (items.size() < 500) {
                break;
            }
        }
        if (rows > 0) {
            BulkJobs bulk = new BulkJobs(api);
            String deletion = bulk.submit("agent", csv.toString(), false);
            bulk.awaitEnd(deletion, Duration.ofMinutes(10));
            assertEquals(204, api.request("DELETE", deletion).header("If-Match", api.get(deletion).etag()).send().status());
        }
        assertEquals(0, api.get("api/v1/agents?size=1").json().getInt("total"), "no agent is left before the import");
    }

    /** Tracks the attributes the job created, deletes its agents with a DELETE job, then deletes both jobs. */
    public static void removeAll(Api api, TestData data, String createJob, String prefix, int rows) {
        BulkJobs bulk = new BulkJobs(api);
        Matcher m = Pattern.compile("Created /(api/v1/attributes/\\d+)").matcher(bulk.file(createJob, "result"));
        while (m.find()) {
            data.track(m.group(1));
        }
        String deletion = bulk.submit("agent", deleteFile(prefix, rows), false);
        bulk.awaitEnd(deletion, Duration.ofMinutes(20));
        for (String job : new String[] {createJob, deletion}) {
            assertEquals(204, api.request("DELETE", job).header("If-Match", api.get(job).etag()).send().status());
        }
    }
}
