import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Demo load for license usage: signs N agents in and out through POST /api/v1/agent-sessions, the way a
 * telephony or CTI gateway would, so the 15-minute usage windows, the consumption summary and the reports have
 * something to count. Single-file program:
 *
 *   java it/bench/AgentLoad.java http://localhost:8080 admin PASSWORD [agents] [minutes] [chatShare]
 *
 * It creates the agents it lacks (user names load-0001 …, password {@value #PASSWORD}: a sign-in authenticates
 * the agent, with single sign-on off by its password), and a multichannel media routing
 * domain "LoadChat" if none exists. Then, every second until the minutes are over, it picks agents at random:
 * a signed-out agent signs in (to Cisco_Voice, or to LoadChat for a share {@code chatShare} of them, default
 * 0.2: Premium under Flex), a signed-in one signs out; the number signed in wanders around 3/4 of N. Every
 * event has a fresh event id. At the end every agent it signed in signs out. It prints each minute how many
 * are signed in and how many events were refused (e.g. the deployment type's concurrent-agent maximum).
 */
public class AgentLoad {

    static final String PASSWORD = "load-Password-1";


    public static void main(String[] args) throws Exception {
        String base = args[0] + "/ccadmin/api/v1/";
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int agents = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int minutes = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        double chatShare = args.length > 5 ? Double.parseDouble(args[5]) : 0.2;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Api api = new Api(client, base, auth);

        List<String> names = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            String name = String.format("load-%04d", i);
            HttpResponse<String> r = api.post("agents", "{\"userName\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
            if (r.statusCode() != 201 && r.statusCode() != 409) {
                throw new IllegalStateException("creating " + name + ": " + r.statusCode() + " " + r.body());
            }
            names.add(name);
        }
        HttpResponse<String> chat = api.post("media-routing-domains", "{\"name\":\"LoadChat\"}");
        if (chat.statusCode() != 201 && chat.statusCode() != 409) {
            throw new IllegalStateException("creating LoadChat: " + chat.statusCode() + " " + chat.body());
        }
        System.out.printf("%d agents ready; driving sign-ins for %d minute(s)%n", agents, minutes);

        Random random = new Random();
        boolean[] in = new boolean[agents];
        int signedIn = 0;
        int refused = 0;
        long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
        long nextReport = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < end) {
            int events = Math.max(1, agents / 20);
            for (int e = 0; e < events; e++) {
                int a = random.nextInt(agents);
                boolean wantIn = random.nextDouble() < 0.75;
                if (wantIn == in[a]) {
                    continue;
                }
                String domain = random.nextDouble() < chatShare ? "LoadChat" : "Cisco_Voice";
                String body = wantIn
                        ? event("SIGN_IN", names.get(a), domain)
                        : event("SIGN_OUT", names.get(a), null);
                HttpResponse<String> r = api.post("agent-sessions", body);
                if (r.statusCode() == 200) {
                    in[a] = wantIn;
                    signedIn += wantIn ? 1 : -1;
                } else {
                    refused++;
                }
            }
            if (System.nanoTime() > nextReport) {
                System.out.printf("signed in: %d, refused so far: %d%n", signedIn, refused);
                nextReport += Duration.ofMinutes(1).toNanos();
            }
            Thread.sleep(1000);
        }
        for (int a = 0; a < agents; a++) {
            if (in[a]) {
                api.post("agent-sessions", event("SIGN_OUT", names.get(a), null));
            }
        }
        System.out.printf("done; %d event(s) refused%n", refused);
    }

    private static String event(String type, String agent, String domain) {
        return "{\"eventId\":\"load-" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"agent\":\"" + agent + "\""
                + (domain == null ? "" : ",\"mediaRoutingDomain\":\"" + domain + "\",\"password\":\"" + PASSWORD + "\"") + "}";
    }


    private record Api(HttpClient client, String base, String auth) {
        HttpResponse<String> post(String path, String json) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
