package org.ccadmin.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the Direct transport goes: {@code ccadmin.licensing.authority-url}, by default the authority embedded in
 * this very server ({@code http://127.0.0.1:<8080 + port offset>/authority}), so everything works offline.
 */
@ApplicationScoped
public class AuthorityEndpoint {

    public static final String PROPERTY = "ccadmin.licensing.authority-url";

    @Inject
    @ConfigProperty(name = PROPERTY)
    private Optional<String> configured;

    @Inject
    @ConfigProperty(name = "jboss.http.port", defaultValue = "8080")
    private int httpPort;

    @Inject
    @ConfigProperty(name = "jboss.socket.binding.port-offset", defaultValue = "0")
    private int portOffset;

    protected AuthorityEndpoint() {
    }

    /** An endpoint configured with {@code url}, outside a container. */
    AuthorityEndpoint(String url) {
        this.configured = Optional.of(url);
    }

    /** The authority's base URL, without a trailing slash. */
    public URI directUrl() {
        String url = configured.filter(u -> !u.isBlank()).map(String::strip)
                .orElse("http://127.0.0.1:" + (httpPort + portOffset) + "/authority");
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** Whether the Direct URL is the default, i.e. the authority deployed beside ccadmin. */
    public boolean isEmbedded() {
        return configured.filter(u -> !u.isBlank()).isEmpty();
    }
}
