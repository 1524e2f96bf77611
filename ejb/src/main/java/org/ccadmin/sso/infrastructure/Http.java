package org.ccadmin.sso.infrastructure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * HTTP to the identity provider with short timeouts (a sign-in waits for it). A failure says precisely what
 * went wrong: the host unknown, nothing listening at host and port, a timeout, or TLS refused.
 */
final class Http {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** What could not be done, in words for an administrator; {@code kind} is unreachable or tls. */
    static final class Failure extends Exception {
        final String kind;

        Failure(String kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }
    }

    private Http() {
    }

    static HttpResponse<String> get(URI uri) throws Failure {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build());
    }

    /** The JSON object at {@code uri}; failures of kind status (not 200) or notJson besides those of {@link #send}. */
    static jakarta.json.JsonObject getJson(URI uri) throws Failure {
        HttpResponse<String> r = get(uri);
        if (r.statusCode() != 200) {
            throw new Failure("status", uri + " answered HTTP " + r.statusCode() + " instead of 200.", null);
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readObject();
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            throw new Failure("notJson", uri + " did not answer a JSON object (content type "
                    + r.headers().firstValue("Content-Type").orElse("none") + ").", e);
        }
    }

    static HttpResponse<String> send(HttpRequest request) throws Failure {
        URI uri = request.uri();
        String where = uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80);
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new Failure("unreachable", "No connection to " + where + " within 5 seconds.", e);
        } catch (HttpTimeoutException e) {
            throw new Failure("unreachable", where + " did not answer " + uri + " within " + TIMEOUT.toSeconds() + " seconds.", e);
        } catch (SSLException e) {
            throw new Failure("tls", "TLS with " + where + " failed: " + rootMessage(e)
                    + " (is the certificate trusted by this server's Java trust store?).", e);
        } catch (ConnectException e) {
            throw new Failure("unreachable", "Nothing answers at " + where + " (connection refused).", e);
        } catch (IOException e) {
            if (has(e, UnknownHostException.class) || has(e, UnresolvedAddressException.class)) {
                throw new Failure("unreachable", "The host " + uri.getHost() + " is unknown (DNS).", e);
            }
            if (has(e, SSLException.class)) {
                throw new Failure("tls", "TLS with " + where + " failed: " + rootMessage(e) + ".", e);
            }
            throw new Failure("unreachable", "Cannot reach " + where + ": " + rootMessage(e) + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("unreachable", "Interrupted while waiting for " + where + ".", e);
        }
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() != null ? c.getMessage() : c.getClass().getSimpleName();
    }
}
