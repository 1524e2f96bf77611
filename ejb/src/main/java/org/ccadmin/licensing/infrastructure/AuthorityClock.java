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
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Moves the license authority's simulated clock along with ccadmin's ({@code POST <authority>/api/v1/simulated-clock}
 * with {@code {"advanceBy": …}}, as the authority's administrator), so the signed messages stay inside each other's time window. Only the Direct
 * authority is moved; if it cannot be reached or has no simulated clock, ccadmin's clock moves alone and the
 * answer says so.
 */
@ApplicationScoped
public class AuthorityClock {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private AuthorityEndpoint endpoint;

    /**
     * The authority's administrator, for its simulated-clock endpoint: the authority's own settings, falling back
     * to ccadmin's administrator as the embedded authority does.
     */
    private static Optional<String> setting(String... names) {
        Config config = ConfigProvider.getConfig();
        for (String name : names) {
            Optional<String> value = config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    public Session session() {
        return new Session();
    }

    /** One advance of ccadmin's clock, in steps; after a first failure the authority is left alone. */
    public final class Session {

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private boolean advanced;
        private String failure;
        /** What ccadmin's clock moved in this session, and what the authority was asked to move, in whole seconds. */
        private Duration intended = Duration.ZERO;
        private long sentSeconds;

        public void advance(Duration by) {
            if (failure != null || by.isNegative()) {
                return;
            }
            // The authority keeps whole seconds; sending the running difference keeps the two clocks within a second.
            intended = intended.plus(by);
            long seconds = intended.getSeconds() - sentSeconds;
            if (seconds <= 0) {
                return;
            }
            sentSeconds += seconds;
            URI uri = URI.create(endpoint.directUrl() + "/api/v1/simulated-clock");
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"advanceBy\":\"PT" + seconds + "S\"}"));
            String user = setting("ccadmin.licensing.authority-admin-user", "CCADMIN_AUTHORITY_ADMIN_USER", "CCADMIN_ADMIN_USER")
                    .orElse("admin");
            setting("ccadmin.licensing.authority-admin-password", "CCADMIN_AUTHORITY_ADMIN_PASSWORD", "CCADMIN_ADMIN_PASSWORD")
                    .ifPresent(password -> request.header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
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
