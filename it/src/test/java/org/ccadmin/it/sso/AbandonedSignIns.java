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
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

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

    /**
     * The oldest one's callback answered in its own browser, and what the sign-in page then shows (the refusal's
     * reason is kept in the session that answer opened).
     */
    String refusalOfOldest() {
        HttpResponse<String> answer = callback(started.get(0));
        Matcher session = SESSION.matcher(String.join(";", answer.headers().allValues("Set-Cookie")));
        if (!session.find()) {
            throw new AssertionError("no session for the refusal with " + answer.headers());
        }
        return send(HttpRequest.newBuilder(base.resolve("login.xhtml")).header("Cookie", "JSESSIONID=" + session.group(1))
                .GET().build()).body();
    }

    /**
     * Each started sign-in answered "access denied" in its own browser: the console deletes it (an evicted one is
     * refused as unknown, which leaves nothing either). Best effort one by one, so that one failed request does
     * not leave the rest pending for the classes that follow; the failed ones are tried again, and the test fails
     * if any is still pending after that, rather than leaving the table fuller than it was.
     */
    void cancelAll() {
        List<Started> pending = new ArrayList<>(started);
        for (int round = 0; round < 3 && !pending.isEmpty(); round++) {
            pending.removeIf(this::cancelled);
        }
        started.clear();
        if (!pending.isEmpty()) {
            throw new AssertionError(pending.size() + " abandoned sign-ins could not be cancelled and stay pending");
        }
    }

    /** Whether the console answered the cancel by sending the browser to the sign-in page (the row is gone). */
    private boolean cancelled(Started s) {
        try {
            HttpResponse<String> r = callback(s);
            return r.statusCode() == 302 && r.headers().firstValue("Location").filter(l -> l.contains("/login.xhtml")).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private HttpResponse<String> callback(Started s) {
        return send(HttpRequest.newBuilder(base.resolve("sso/callback?error=access_denied&state=" + s.state()))
                .header("Cookie", "ccadmin-sso=" + s.binding()).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return ConsoleClient.send(client, request);
    }
}
