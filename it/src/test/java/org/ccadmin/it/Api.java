package org.ccadmin.it;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for the REST API, signed in as the bootstrap administrator by default. Paths are
 * resolved against the application's base URL ({@code http://127.0.0.1:<port>/ccadmin/}); absolute URLs
 * (a Location header, a paging link) are used as they are. Redirects are never followed, so tests see them.
 */
public final class Api {

    public static final String ADMIN = "admin";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** Signed in as {@value #ADMIN} with the password the build gave the server (system property admin.password). */
    public static Api asAdmin(URL base) {
        return as(base, ADMIN, Deployments.required("admin.password"));
    }

    public static Api as(URL base, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(toUri(base), "Basic " + token);
    }

    /** No Authorization header at all. */
    public static Api anonymous(URL base) {
        return new Api(toUri(base), null);
    }

    public URI resolve(String pathOrUrl) {
        return base.resolve(pathOrUrl);
    }

    public Request request(String method, String pathOrUrl) {
        return new Request(method, resolve(pathOrUrl));
    }

    public ApiResponse get(String pathOrUrl) {
        return request("GET", pathOrUrl).send();
    }

    public ApiResponse post(String pathOrUrl, String json) {
        return request("POST", pathOrUrl).json(json).send();
    }

    public ApiResponse put(String pathOrUrl, String json) {
        return request("PUT", pathOrUrl).json(json).send();
    }

    public ApiResponse delete(String pathOrUrl) {
        return request("DELETE", pathOrUrl).send();
    }

    /** One request; headers and body are optional. */
    public final class Request {

        private final String method;
        private final URI uri;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Request(String method, URI uri) {
            this.method = method;
            this.uri = uri;
            headers.put("Accept", "application/json");
            if (authorization != null) {
                headers.put("Authorization", authorization);
            }
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request json(String json) {
            return body("application/json", json);
        }

        public Request body(String contentType, String text) {
            return body(contentType, text.getBytes(StandardCharsets.UTF_8));
        }

        /** A body of bytes as they are (a file in another encoding, a multipart form). */
        public Request body(String contentType, byte[] bytes) {
            headers.put("Content-Type", contentType);
            body = bytes;
            return this;
        }

        public ApiResponse send() {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                    .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            try {
                var response = CLIENT.send(b.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new ApiResponse(method + " " + uri, response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(method + " " + uri + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }
}
