package org.ccadmin.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A console user without a browser: signs in through the sign-in form (its view state and session cookie, as
 * a browser would send them) and reads pages. Redirects are not followed, so a page that sends the user to
 * the sign-in page is seen as such.
 */
public final class ConsoleSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    private ConsoleSession(URL base) {
        try {
            this.base = base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in with the form; fails unless the server sends the user on (a redirect away from the sign-in page). */
    public static ConsoleSession signIn(URL base, String user, String password) {
        ConsoleSession s = new ConsoleSession(base);
        Page after = s.submitSignIn(user, password);
        String location = after.location();
        if (after.status() != 302 || location == null || location.contains("login.xhtml")) {
            throw new AssertionError("Sign-in of " + user + " failed: " + after.status() + " " + location);
        }
        return s;
    }

    /** A sign-in the server must refuse: the sign-in page it shows again (with its message). */
    public static Page refusedSignIn(URL base, String user, String password) {
        Page after = new ConsoleSession(base).submitSignIn(user, password);
        if (after.status() != 200 || !after.body().contains("loginForm")) {
            throw new AssertionError("The sign-in of " + user + " was not refused: " + after);
        }
        return after;
    }

    private Page submitSignIn(String user, String password) {
        Page login = get("login.xhtml");
        Matcher m = VIEW_STATE.matcher(login.body());
        if (!m.find()) {
            throw new AssertionError("No view state on the sign-in page: " + login);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:userName", user);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        form.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
        return post("login.xhtml", form);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET(), path);
    }

    private Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), path);
    }

    private Page send(HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(path, r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One page as the server answered it. */
    public record Page(String path, int status, String location, String body) {
        @Override
        public String toString() {
            return path + " → " + status + (location == null ? "" : " " + location);
        }
    }
}
