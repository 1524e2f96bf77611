package org.ccadmin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: the bulk job benchmark (docs/benchmarks.md). Runs only with {@code -Dccadmin.bench=true} and only
 * on the PostgreSQL test server, and prints rows per second for a 72,000-agent CREATE job (5 attributes each, no
 * passwords) next to a raw JDBC batch insert of the same rows into the same database, a 1,000-agent job with
 * passwords next to the machine's two-core PBKDF2 rate, and UPDATE and DELETE jobs of 72,000 rows. Nothing
 * is asserted on the figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIf(Benchmarks.ON_POSTGRESQL)
class BulkBenchmarkIT {

    private static final int ROWS = 72_000;
    private static final Duration WAIT = Duration.ofMinutes(30);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void printTheFigures() throws Exception {
        Api api = Api.asAdmin(base);
        BulkJobs bulk = new BulkJobs(api);
        String prefix = "b" + Unique.suffix();
        List<String> report = new ArrayList<>();

        double create;
        try {
            create = rate(bulk, "CREATE 72,000 agents, 5 attributes each", bulk.submit("agent",
                    BulkImportScale.createFile(prefix, ROWS), false), ROWS, report);
        } catch (AssertionError | RuntimeException e) {
            bulk.awaitEnd(bulk.submit("agent", BulkImportScale.deleteFile(prefix, ROWS), false), WAIT);
            throw e;
        }
        double raw = rawJdbc(prefix);
        report.add(String.format("raw JDBC batch insert, same rows (agent + agent_attribute), same database: %.0f rows/s", raw));
        report.add(String.format("ratio job / raw JDBC: %.2f", create / raw));

        StringBuilder update = new StringBuilder(BulkJobs.AGENT_HEADER).append('\n');
        for (int i = 0; i < ROWS; i++) {
            update.append("UPDATE,,").append(prefix).append(i).append(",Renamed").append(i).append(",,,,,,,,,,,")
                    .append(prefix).append("Lang=").append(i % 10 + 1).append(";").append(prefix).append("Chat=true,,,\n");
        }
        rate(bulk, "UPDATE 72,000 agents (first name, attributes to 2)", bulk.submit("agent", update.toString(), false), ROWS, report);
        rate(bulk, "DELETE 72,000 agents", bulk.submit("agent", BulkImportScale.deleteFile(prefix, ROWS), false), ROWS, report);

        StringBuilder passwords = new StringBuilder(BulkJobs.AGENT_HEADER).append('\n');
        for (int i = 0; i < 1000; i++) {
            passwords.append("CREATE,,p").append(prefix).append(i).append(",,,Secret-").append(i).append(",,,,,,,,,,,,\n");
        }
        double withPasswords = rate(bulk, "CREATE 1,000 agents with passwords", bulk.submit("agent", passwords.toString(), false),
                1000, report);
        double hashing = hashRate(2, 40);
        report.add(String.format("PBKDF2-HMAC-SHA512 (210,000 iterations) on 2 threads in the client JVM: %.1f hashes/s", hashing));
        report.add(String.format("ratio job / hashing: %.2f", withPasswords / hashing));
        bulk.awaitEnd(bulk.submit("agent", BulkImportScale.deleteFile("p" + prefix, 1000), false), WAIT);
        System.out.println("\n=== Bulk job benchmark ===\n" + String.join("\n", report) + "\n==========================\n");
    }

    private static double rate(BulkJobs bulk, String what, String location, int rows, List<String> report) {
        JsonObject job = bulk.awaitEnd(location, WAIT);
        assertEquals(rows, job.getJsonObject("counts").getInt("succeeded"), job::toString);
        double seconds = Duration.between(Instant.parse(job.getString("startedAt")), Instant.parse(job.getString("endedAt"))).toMillis()
                / 1000.0;
        double rate = rows / seconds;
        report.add(String.format("%s: %.1f s, %.0f rows/s", what, seconds, rate));
        return rate;
    }

    /** The same 72,000 agents with 5 values each, inserted with plain JDBC batches into scratch copies of the tables. */
    private static double rawJdbc(String prefix) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv("CCADMIN_DB_URL"), "ccadmin", "ccadmin")) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_agent_attribute");
                s.execute("drop table if exists bench_agent");
                s.execute("create table bench_agent (like agent including all)");
                s.execute("create table bench_agent_attribute (like agent_attribute including all)");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement a = c.prepareStatement("insert into bench_agent (id, agent_id, user_name, user_name_key, first_name, "
                    + "last_name, description, search_text, login_enabled, sso_enabled, agent_state_trace, supervisor, change_stamp) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, true, false, false, false, 0)");
                    PreparedStatement v = c.prepareStatement("insert into bench_agent_attribute (agent_id, attribute_id, attribute_value) "
                            + "values (?, ?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    String user = prefix + i;
                    a.setLong(1, i + 1);
                    a.setString(2, Integer.toString(2_000_000 + i));
                    a.setString(3, user);
                    a.setString(4, user.toLowerCase());
                    a.setString(5, "First" + i);
                    a.setString(6, "Last" + i);
                    a.setString(7, "Bulk job");
                    a.setString(8, (user + "\u0001" + (2_000_000 + i) + "\u0001first" + i + "\u0001last" + i).toLowerCase());
                    a.addBatch();
                    for (int k = 1; k <= 5; k++) {
                        v.setLong(1, i + 1);
                        v.setLong(2, k);
                        v.setInt(3, i % 10 + 1);
                        v.addBatch();
                    }
                    if ((i + 1) % 500 == 0) {
                        a.executeBatch();
                        v.executeBatch();
                        c.commit();
                    }
                }
                a.executeBatch();
                v.executeBatch();
                c.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_agent_attribute");
                s.execute("drop table bench_agent");
            }
            return ROWS / seconds;
        }
    }

    private static double hashRate(int threads, int hashes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<byte[]>> done = new ArrayList<>();
        for (int i = 0; i < hashes; i++) {
            char[] password = ("Secret-" + i).toCharArray();
            done.add(pool.submit(() -> SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password, new byte[16], 210_000, 512)).getEncoded()));
        }
        for (Future<byte[]> f : done) {
            f.get();
        }
        pool.shutdown();
        return hashes / ((System.nanoTime() - start) / 1e9);
    }
}
