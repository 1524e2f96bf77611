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
 * Single-file program (no dependencies):
 *
 *   java it/bench/ApiBenchmark.java http://localhost:8080 admin PASSWORD [threads] [seconds]
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
        AtomicInteger sequence = new AtomicInteger();

        Supplier<HttpRequest> live = () -> HttpRequest.newBuilder(URI.create(base + "/health/live")).build();
        Supplier<HttpRequest> list = () -> HttpRequest.newBuilder(URI.create(base + "/media-routing-domains?size=25"))
                .header("Authorization", auth).build();
        Supplier<HttpRequest> get = () -> HttpRequest.newBuilder(URI.create(base + "/media-routing-domains/1"))
                .header("Authorization", auth).build();

        System.out.printf("threads=%d, %d s per scenario (after a %d s warm-up)%n", threads, seconds, Math.max(2, seconds / 3));
        System.out.printf("%-28s %10s %9s %9s %9s %9s %8s%n", "scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "ratio");
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
}
