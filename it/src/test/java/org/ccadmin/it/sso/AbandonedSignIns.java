package org.ccadmin.it.sso;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-ins started and never completed, as a flood of anonymous {@code /sso/login} hits leaves them: each hit a
 * browser of its own (no cookies kept; the browser binding of each is remembered so that {@link #cancelAll} can
 * end them at the callback, as the identity provider's "access denied" answer would, leaving the table empty
 * for the tests that follow).
 */
final class AbandonedSignIns {

    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");
    private static final Pattern BINDING = Pattern.compile("ccadmin-sso=([^;]+)");

    private record Started(String state, String binding) {
    }

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final List<Started> started = new ArrayList<>();

    AbandonedSignIns(URI base) {
        this.base = base;
    }

    /** Starts one more; false when the console refused it (sent the browser back to the sign-in page). */
    boolean start() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("sso/login")).GET().build());
        String location = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + r.body()));
        Matcher state = STATE.matcher(location);
        if (!state.find()) {
            return false;
        }
        Matcher binding = BINDING.matcher(String.join(";", r.headers().allValues("Set-Cookie")));
        if (!binding.find()) {
            throw new AssertionError("no browser binding cookie with " + r.headers());
        }
        started.add(new Started(state.group(1), binding.group(1)));
        return true;
    }

    int count() {
        return started.size();
    }

    /** Each started sign-in answered "access denied" in its own browser: the console deletes it. */
    void cancelAll() {
        for (Started s : started) {
            send(HttpRequest.newBuilder(base.resolve("sso/callback?error=access_denied&state=" + s.state()))
                    .header("Cookie", "ccadmin-sso=" + s.binding()).GET().build());
        }
        started.clear();
    }

    private HttpResponse<String> send(HttpRequest request) {
        return ConsoleClient.send(client, request);
    }
}
