package org.ccadmin.it.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The console's single sign-on as a browser without JavaScript walks it: cookies kept, redirects seen one by
 * one. The identity provider's own login form is posted like a user submitting it.
 */
final class ConsoleClient {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    ConsoleClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    HttpResponse<String> get(String path) {
        return get(base.resolve(path));
    }

    /** From "Sign in with single sign-on" to the identity provider's answer: the callback URL it redirects to. */
    URI signInAtProvider(String userName) {
        return signInAtProvider(userName, "");
    }

    /** As {@link #signInAtProvider(String)}, with more claims in the ID token ({@code "groups": [...]}, JSON members). */
    URI signInAtProvider(String userName, String moreClaims) {
        HttpResponse<String> start = get("sso/login");
        assertEquals(302, start.statusCode(), start::body);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertTrue(authorize.getQuery().contains("code_challenge_method=S256"), authorize::toString);
        HttpResponse<String> page = get(authorize);
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("name=\"username\""), "the provider's login page: " + page.body());
        String form = "username=" + enc(userName) + "&claims=" + enc("{\"preferred_username\":\"" + userName + "\""
                + (moreClaims.isEmpty() ? "" : "," + moreClaims) + "}");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(authorize).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(302, answer.statusCode(), answer::body);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    /** Where the console sends the browser after {@code response}, resolved against the console. */
    URI location(HttpResponse<String> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(client, request);
    }

    /** {@code request} sent by {@code client}, the body read as text; a failure to connect fails the test. */
    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
