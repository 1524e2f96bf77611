package org.ccadmin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: the precision queue benchmark (docs/benchmarks.md). Runs only with {@code -Dccadmin.bench=true}
 * on the PostgreSQL test server. Seeds 72,000 agents holding 50 attributes each straight into the test
 * database, then times, over repeated runs: the counts of all 10 steps of a 10-step queue with 10 terms each
 * (REST, next to the former exists-statement per count in plain JDBC), the first page of a
 * step's agents, the 50-queues check on a queue save and on an agent change; next to a plain
 * {@code count(*)} of the agents and a trivial REST read measured in the same run. Nothing is asserted on the
 * figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIf(Benchmarks.ON_POSTGRESQL)
class PrecisionQueueBenchmarkIT {

    private static final int AGENTS = 72_000;
    private static final int ATTRIBUTES = 50;
    private static final int RUNS = 10;
    private static final String QUEUES = PrecisionQueueApiIT.QUEUES;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void printTheFigures() throws Exception {
        Api api = Api.asAdmin(base);
        TestData data = new TestData(api);
        List<String> report = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(System.getenv("CCADMIN_DB_URL"), "ccadmin", "ccadmin")) {
            report.add(seed(c));
            List<List<String>> steps = steps();
            JsonObject queue = data.track(api.post(QUEUES, JsonBody.of("name", "PqBench", "mediaRoutingDomainId", 1,
                    "steps", steps.stream().map(s -> JsonBody.object("criteria", text(s))).toList()))).json();
            String item = TestData.item(QUEUES, queue);
            JsonObject read = api.get(item).json();
            report.add("step counts: " + read.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .map(s -> String.valueOf(s.getInt("agentCount"))).toList() + ", queue " + read.getInt("agentCount"));

            report.add(time("baseline: JDBC select count(*) from agent", () -> jdbc(c, List.of("select count(*) from agent"))));
            report.add(time("baseline: REST GET /media-routing-domains/1", () -> ok(api.get("api/v1/media-routing-domains/1"))));
            java.util.Map<String, Long> ids = new java.util.HashMap<>();
            for (int n = 1; n <= 10; n++) {
                ids.put(attribute(n), jdbcLong(c, "select id from attribute where name = '" + attribute(n) + "'"));
            }
            List<String> perStep = new ArrayList<>();
            steps.forEach(s -> perStep.add("select count(*) from agent a where " + condition(s, ids)));
            perStep.add("select count(*) from agent a where "
                    + String.join(" or ", steps.stream().map(s -> condition(s, ids)).toList()));
            report.add(time("JDBC, 10 step counts + queue count, one exists-statement per count (the former path)", 3,
                    () -> jdbc(c, perStep)));
            report.add(time("REST GET /precision-queues/{id} (10 step counts, queue count, warnings)", () -> ok(api.get(item))));
            report.add(time("REST GET /precision-queues/{id}/steps/1/agents?size=25 (count + first page)",
                    () -> ok(api.get(item + "/steps/1/agents?size=25"))));
            report.add(time("REST GET /precision-queues/{id}/steps/10/agents?size=25", () -> ok(api.get(item + "/steps/10/agents?size=25"))));
            report.add(time("REST GET /precision-queues?size=25 (list with queue counts, one statement)", () -> ok(api.get(QUEUES + "?size=25"))));

            seedSmallQueues(c, 48);
            report.add(time("REST POST + DELETE of a 1-step queue matching ~all agents, 49 other queues (50-queues check in SQL)", 5, () -> {
                ApiResponse created = ok(api.post(QUEUES, JsonBody.of("name", "PqBenchProbe", "mediaRoutingDomainId", 1,
                        "steps", List.of(JsonBody.object("criteria", attribute(1) + " >= 1")))), 201);
                JsonObject q = created.json();
                ok(api.request("DELETE", TestData.item(QUEUES, q)).header("If-Match", created.etag()).send(), 204);
            }));
            long agentId = jdbcLong(c, "select min(id) from agent where user_name like 'pqbench.%'");
            long attributeId = jdbcLong(c, "select id from attribute where name = 'PqBench01'");
            int[] value = {1};
            report.add(time("REST PUT /agents/{id} changing one of 50 values (50-queues check in memory, 50 queues)", () -> {
                JsonObject agent = api.get("api/v1/agents/" + agentId).json();
                List<JsonObject> values = new ArrayList<>();
                agent.getJsonArray("attributes").getValuesAs(JsonObject.class).forEach(a -> values.add(JsonBody.object("attributeId",
                        a.getJsonNumber("attributeId").longValue(), "value", a.getJsonNumber("attributeId").longValue() == attributeId
                                ? (Object) (1 + value[0]++ % 10) : a.get("value"))));
                ok(api.put("api/v1/agents/" + agentId, JsonBody.of("changeStamp", agent.getJsonNumber("changeStamp").longValue(),
                        "attributes", values)));
            }));
        } finally {
            data.deleteAll();
            try (Connection c = DriverManager.getConnection(System.getenv("CCADMIN_DB_URL"), "ccadmin", "ccadmin");
                    Statement s = c.createStatement()) {
                s.execute("delete from precision_queue where name like 'PqBenchSmall%'");
                s.execute("delete from agent where user_name like 'pqbench.%'");
                s.execute("delete from attribute where name like 'PqBench%'");
            }
        }
        System.out.println("\n=== Precision queue benchmark ===\n" + String.join("\n", report) + "\n=================================\n");
    }

    /** 72,000 agents × 50 proficiency attributes, values spread evenly over 1–10 (hashed, not correlated). */
    private static String seed(Connection c) throws Exception {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("insert into attribute (name, name_key, description, type, default_value, change_stamp) "
                    + "select 'PqBench' || lpad(g::text, 2, '0'), 'pqbench' || lpad(g::text, 2, '0'), 'benchmark', 'PROFICIENCY', 1, 0 "
                    + "from generate_series(1, " + ATTRIBUTES + ") g");
            s.execute("insert into agent (agent_id, user_name, user_name_key, first_name, last_name, description, search_text, "
                    + "login_enabled, sso_enabled, agent_state_trace, supervisor, change_stamp) "
                    + "select (70000000 + g)::text, 'pqbench.agent' || g, 'pqbench.agent' || g, 'Bench', 'Agent' || g, null, "
                    + "'pqbench.agent' || g, true, false, false, false, 0 from generate_series(1, " + AGENTS + ") g");
            s.execute("insert into agent_attribute (agent_id, attribute_id, attribute_value) "
                    + "select a.id, t.id, 1 + abs(hashtext(a.id || '/' || t.id)) % 10 from agent a cross join attribute t "
                    + "where a.user_name like 'pqbench.%' and t.name like 'PqBench%'");
            s.execute("analyze");
        }
        return String.format("seed: %d agents x %d attributes (%d values) in %.1f s", AGENTS, ATTRIBUTES, AGENTS * ATTRIBUTES,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * {@code n} one-term queues ({@code PqBench<k> >= v}) straight into the database, each like one the REST
     * API would store: the queue-save check is then measured against 49 other queues without waiting for 48
     * checked saves.
     */
    private static void seedSmallQueues(Connection c, int n) throws Exception {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < n; i++) {
                long queue = insert(s, "insert into precision_queue (name, name_key, media_routing_domain_id, service_level_type, "
                        + "service_level_threshold, agent_order, change_stamp) values ('PqBenchSmall" + i + "', 'pqbenchsmall" + i
                        + "', 1, 'IGNORE_ABANDONED', 30, 'LONGEST_AVAILABLE', 0)");
                long step = insert(s, "insert into precision_queue_step (queue_id, position, logic) values (" + queue + ", 0, 'OR')");
                s.execute("insert into precision_queue_expression (step_id, position, logic) values (" + step + ", 0, 'AND')");
                s.execute("insert into precision_queue_term (step_id, expression_position, position, attribute_id, comparison, term_value) "
                        + "select " + step + ", 0, 0, id, 'GE', " + (1 + i % 3) + " from attribute where name = '" + attribute(1 + i % 10) + "'");
            }
        }
    }

    private static long insert(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql + " returning id")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String attribute(int n) {
        return String.format("PqBench%02d", n);
    }

    /**
     * 10 steps over the queue's 10 attributes, each {@code (5 terms AND) OR (5 terms AND)}, looser step by step
     * so that later steps select more agents (as a real queue widens its criteria while a call waits).
     */
    private static List<List<String>> steps() {
        List<List<String>> steps = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            List<String> terms = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                terms.add(attribute(1 + (s + t) % 10) + " >= " + Math.max(1, 6 - s / 2 - t % 3));
            }
            steps.add(terms);
        }
        return steps;
    }

    private static String text(List<String> terms) {
        return "(" + String.join(" AND ", terms.subList(0, 5)) + ") OR (" + String.join(" AND ", terms.subList(5, 10)) + ")";
    }

    /** The step as the former per-step SQL had it: an exists per term on the held values. */
    private static String condition(List<String> terms, java.util.Map<String, Long> ids) {
        List<String> parts = new ArrayList<>();
        for (String t : terms) {
            String[] p = t.split(" ");
            parts.add("exists (select 1 from agent_attribute aa where aa.agent_id = a.id and aa.attribute_id = " + ids.get(p[0])
                    + " and aa.attribute_value " + p[1] + " " + p[2] + ")");
        }
        return "((" + String.join(" and ", parts.subList(0, 5)) + ") or (" + String.join(" and ", parts.subList(5, 10)) + "))";
    }

    private static void jdbc(Connection c, List<String> statements) {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                try (ResultSet r = s.executeQuery(sql)) {
                    r.next();
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long jdbcLong(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static ApiResponse ok(ApiResponse r) {
        return ok(r, 200);
    }

    private static ApiResponse ok(ApiResponse r, int status) {
        assertEquals(status, r.status(), r::toString);
        return r;
    }

    private static String time(String what, Runnable run) {
        return time(what, RUNS, run);
    }

    /** One warm-up run, then {@code runs}: p50, p95 and max in milliseconds. */
    private static String time(String what, int runs, Runnable run) {
        run.run();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run.run();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        ms.sort(null);
        return String.format("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)", what, ms.get(runs / 2),
                ms.get((int) Math.ceil(runs * 0.95) - 1), ms.get(runs - 1), runs);
    }
}
