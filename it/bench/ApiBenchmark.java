import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Throughput and latency of the REST API against a running server, with a baseline measured in the same run.
 * Single-file program:
 *
 *   java it/bench/ApiBenchmark.java http://localhost:8080 admin PASSWORD [threads] [seconds]
 *   java -cp ear/target/jdbc/postgresql.jar it/bench/ApiBenchmark.java http://localhost:8080 admin PASSWORD 32 10 agents
 *
 * The second form (a server built with -Ddb=postgresql) first seeds 72,000 agents holding 50 attributes each
 * straight into PostgreSQL (CCADMIN_DB_URL / CCADMIN_DB_USER / CCADMIN_DB_PASSWORD, defaults as the server's),
 * once, then measures agent searches, an attribute-filtered search and the agents console page.
 *
 * Scenarios: the liveness probe (no sign-in, no database: the baseline), an authenticated list of media
 * routing domains (sign-in + two queries), an authenticated single GET, and create+delete of bucket
 * intervals (writes, audit entries, unique-name checks). Each runs after a warm-up; figures are printed as
 * requests/s, latency percentiles and the ratio to the baseline.
 */
public class ApiBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0] + "/ccadmin/api/v1";
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (args.length > 5 && args[5].equals("agents")) {
            AgentScenarios.run(client, args[0], base, auth, args[1], args[2], threads, seconds);
            return;
        }
        AtomicInteger sequence = new AtomicInteger();

        Supplier<HttpRequest> live = () -> HttpRequest.newBuilder(URI.create(base + "/health/live")).build();
        Supplier<HttpRequest> list = () -> HttpRequest.newBuilder(URI.create(base + "/media-routing-domains?size=25"))
                .header("Authorization", auth).build();
        Supplier<HttpRequest> get = () -> HttpRequest.newBuilder(URI.create(base + "/media-routing-domains/1"))
                .header("Authorization", auth).build();

        header(threads, seconds);
        Result baseline = run("health/live (baseline)", client, live, null, threads, seconds);
        baseline.print(baseline);
        run("GET list (auth + db)", client, list, null, threads, seconds).print(baseline);
        run("GET one (auth + db)", client, get, null, threads, seconds).print(baseline);
        run("POST+DELETE bucket interval", client, () -> {
            String body = "{\"name\":\"bench" + System.nanoTime() + "_" + sequence.incrementAndGet() + "\",\"upperBounds\":[10,20,30]}";
            return HttpRequest.newBuilder(URI.create(base + "/bucket-intervals")).header("Authorization", auth)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }, location -> HttpRequest.newBuilder(URI.create(location + "?changeStamp=0")).header("Authorization", auth).DELETE().build(),
                threads, seconds).print(baseline);
    }

    interface FollowUp {
        HttpRequest after(String location);
    }

    record Result(String name, long requests, double seconds, List<Long> nanos, long errors) {
        double rate() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (nanos.isEmpty()) {
                return Double.NaN;
            }
            return nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(p * nanos.size()) - 1)) / 1e6;
        }

        void print(Result baseline) {
            System.out.printf("%-28s %10.0f %9.1f %9.1f %9.1f %9d %7.2fx%n", name, rate(), percentile(.5), percentile(.95),
                    percentile(.99), errors, rate() / baseline.rate());
        }
    }

    static void header(int threads, int seconds) {
        System.out.printf("threads=%d, %d s per scenario (after a %d s warm-up)%n", threads, seconds, Math.max(2, seconds / 3));
        System.out.printf("%-28s %10s %9s %9s %9s %9s %8s%n", "scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "ratio");
    }

    static Result run(String name, HttpClient client, Supplier<HttpRequest> request, FollowUp followUp, int threads, int seconds)
            throws Exception {
        measure(client, request, followUp, threads, Math.max(2, seconds / 3));
        return measure(client, request, followUp, threads, seconds).named(name);
    }

    private static Measured measure(HttpClient client, Supplier<HttpRequest> request, FollowUp followUp, int threads, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<Measured>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                long errors = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = client.send(request.get(), HttpResponse.BodyHandlers.ofString());
                    boolean ok = r.statusCode() < 300;
                    if (ok && followUp != null) {
                        String location = r.headers().firstValue("Location").orElseThrow();
                        ok = client.send(followUp.after(location), HttpResponse.BodyHandlers.discarding()).statusCode() < 300;
                    }
                    nanos.add(System.nanoTime() - t0);
                    if (!ok) {
                        errors++;
                    }
                }
                return new Measured(nanos, errors, 0);
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<Measured> f : futures) {
            all.addAll(f.get().nanos());
            errors += f.get().errors();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Measured(all, errors, elapsed);
    }

    record Measured(List<Long> nanos, long errors, double seconds) {
        Result named(String name) {
            return new Result(name, nanos.size(), seconds, nanos, errors);
        }
    }

    /** 72,000 agents with 50 attributes each: seeding, searches, and the console page. */
    static final class AgentScenarios {

        static final int AGENTS = 72_000;
        static final int ATTRIBUTES = 50;

        static void run(HttpClient client, String server, String base, String auth, String user, String password, int threads,
                int seconds) throws Exception {
            seed();
            Supplier<HttpRequest> live = () -> HttpRequest.newBuilder(URI.create(base + "/health/live")).build();
            java.util.concurrent.atomic.AtomicLong n = new java.util.concurrent.atomic.AtomicLong();
            Supplier<HttpRequest> search = () -> HttpRequest.newBuilder(URI.create(base + "/agents?size=25&q=agent"
                    + (1000 + n.incrementAndGet() % 9000))).header("Authorization", auth).build();
            header(threads, seconds);
            Result baseline = ApiBenchmark.run("health/live (baseline)", client, live, null, threads, seconds);
            baseline.print(baseline);
            ApiBenchmark.run("GET /agents?q=…&size=25", client, search, null, threads, seconds).print(baseline);

            String filtered = base + "/agents?size=25&attribute=BenchAttr01%3E%3D5&attribute=BenchAttr02%3D%3Dtrue"
                    + "&attribute=BenchAttr03%3E7";
            List<Long> times = new ArrayList<>();
            String total = "?";
            for (int i = 0; i < 30; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(filtered)).header("Authorization", auth).build(),
                        HttpResponse.BodyHandlers.ofString());
                times.add(System.nanoTime() - t0);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(r.body());
                if (r.statusCode() == 200 && m.find()) {
                    total = m.group(1);
                }
            }
            Collections.sort(times);
            System.out.printf("attribute-filtered search (3 conditions, %s matches): p50 %.1f ms, max %.1f ms over 30 calls%n",
                    total, times.get(15) / 1e6, times.get(29) / 1e6);

            ConsoleSession console = ConsoleSession.signIn(server, user, password);
            List<Long> renders = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                renders.add(console.timeGet(server + "/ccadmin/user-setup/agents.xhtml"));
            }
            Collections.sort(renders);
            System.out.printf("agents console page (first page of %d agents): p50 %.1f ms, max %.1f ms over 20 loads%n",
                    AGENTS, renders.get(10) / 1e6, renders.get(19) / 1e6);
        }

        /** Straight into PostgreSQL: what a bulk import would do, in seconds rather than hours of REST calls. */
        static void seed() throws Exception {
            String url = env("CCADMIN_DB_URL", "jdbc:postgresql://localhost:5432/ccadmin");
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, env("CCADMIN_DB_USER", "ccadmin"),
                    env("CCADMIN_DB_PASSWORD", "ccadmin")); java.sql.Statement s = c.createStatement()) {
                java.sql.ResultSet r = s.executeQuery("select count(*) from agent where user_name like 'bench.agent%'");
                r.next();
                if (r.getLong(1) >= AGENTS) {
                    System.out.println("seed: 72,000 benchmark agents already present");
                    return;
                }
                long t0 = System.nanoTime();
                s.execute("insert into attribute (name, name_key, description, type, default_value, change_stamp) "
                        + "select 'BenchAttr' || lpad(g::text, 2, '0'), 'benchattr' || lpad(g::text, 2, '0'), 'benchmark', "
                        + "case when g % 2 = 0 then 'BOOLEAN' else 'PROFICIENCY' end, case when g % 2 = 0 then 0 else 1 end, 0 "
                        + "from generate_series(1, " + ATTRIBUTES + ") g on conflict do nothing");
                s.execute("insert into agent (agent_id, user_name, user_name_key, first_name, last_name, description, search_text, "
                        + "login_enabled, sso_enabled, agent_state_trace, supervisor, change_stamp) "
                        + "select (80000000 + g)::text, 'bench.agent' || g, 'bench.agent' || g, "
                        + "(array['Ana','Ben','Chen','Dara','Eli','Fatima','Gus','Hana'])[1 + g % 8], 'Agent' || g, 'Seeded agent', "
                        + "lower('bench.agent' || g || chr(1) || (80000000 + g) || chr(1) || "
                        + "(array['Ana','Ben','Chen','Dara','Eli','Fatima','Gus','Hana'])[1 + g % 8] || chr(1) || 'Agent' || g || chr(1) || 'Seeded agent'), "
                        + "true, false, false, g % 100 = 0, 0 from generate_series(1, " + AGENTS + ") g");
                s.execute("insert into agent_attribute (agent_id, attribute_id, attribute_value) "
                        + "select a.id, t.id, case when t.type = 'BOOLEAN' then (a.id + t.id) % 2 else 1 + (a.id * 7 + t.id) % 10 end "
                        + "from agent a cross join attribute t where a.user_name like 'bench.agent%' and t.name like 'BenchAttr%'");
                s.execute("analyze");
                System.out.printf("seed: %d agents x %d attributes in %.1f s%n", AGENTS, ATTRIBUTES, (System.nanoTime() - t0) / 1e9);
            }
        }

        private static String env(String name, String fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : v;
        }
    }

    /** A signed-in console session: the sign-in form posted like a browser, then timed page loads. */
    record ConsoleSession(HttpClient client) {

        static ConsoleSession signIn(String server, String user, String password) throws Exception {
            java.net.CookieManager cookies = new java.net.CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(server + "/ccadmin/login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(login.body());
            if (!m.find()) {
                throw new IllegalStateException("no view state on the sign-in page");
            }
            String form = "loginForm=loginForm&loginForm%3AuserName=" + enc(user) + "&loginForm%3Apassword=" + enc(password)
                    + "&loginForm%3AsignIn=&jakarta.faces.ViewState=" + enc(m.group(1));
            HttpResponse<String> done = client.send(HttpRequest.newBuilder(URI.create(server + "/ccadmin/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (done.uri().toString().contains("login.xhtml")) {
                throw new IllegalStateException("console sign-in failed");
            }
            return new ConsoleSession(client);
        }

        long timeGet(String url) throws Exception {
            long t0 = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - t0;
            if (r.statusCode() != 200 || r.uri().toString().contains("login.xhtml")) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
            return elapsed;
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
