package org.ccadmin.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves the license authority's simulated clock along with ccadmin's ({@code POST <authority>/api/v1/simulated-clock}
 * with {@code {"advanceBy": …}}), so the signed messages stay inside each other's time window. Only the Direct
 * authority is moved; if it cannot be reached or has no simulated clock, ccadmin's clock moves alone and the
 * answer says so.
 */
@ApplicationScoped
public class AuthorityClock {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private AuthorityEndpoint endpoint;

    /** The authority's administrator, for its simulated-clock endpoint (none: the request goes unauthenticated). */
    @Inject
    @ConfigProperty(name = "ccadmin.licensing.authority-admin-user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "ccadmin.licensing.authority-admin-password")
    private Optional<String> password;

    public Session session() {
        return new Session();
    }

    /** One advance of ccadmin's clock, in steps; after a first failure the authority is left alone. */
    public final class Session {

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private boolean advanced;
        private String failure;

        public void advance(Duration by) {
            if (failure != null || by.isZero() || by.isNegative()) {
                return;
            }
            URI uri = URI.create(endpoint.directUrl() + "/api/v1/simulated-clock");
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"advanceBy\":\"" + by + "\"}"));
            user.filter(u -> !u.isBlank()).ifPresent(u -> request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8))));
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    advanced = true;
                } else {
                    failure = "The license authority at " + endpoint.directUrl() + " did not advance its clock (HTTP "
                            + response.statusCode() + "); only ccadmin's clock moved.";
                }
            } catch (IOException e) {
                failure = "The license authority at " + endpoint.directUrl() + " could not be reached ("
                        + e.getClass().getSimpleName() + "); only ccadmin's clock moved.";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "Interrupted while advancing the license authority's clock; only ccadmin's clock moved.";
            }
        }

        public boolean advanced() {
            return advanced && failure == null;
        }

        public String message() {
            if (failure != null) {
                return failure;
            }
            return advanced ? "The license authority's clock at " + endpoint.directUrl() + " moved along."
                    : "The license authority's clock was not moved.";
        }
    }
}
