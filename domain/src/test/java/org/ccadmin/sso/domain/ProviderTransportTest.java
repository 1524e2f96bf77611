package org.ccadmin.sso.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderTransportTest {

    private static Optional<String> refusal(String uri) {
        return ProviderTransport.refusal("token endpoint", URI.create(uri));
    }

    @Test
    void httpsIsAlwaysAccepted() {
        for (String uri : List.of("https://idp.example.com/token", "https://10.0.0.5:8443/token", "https://localhost/token")) {
            assertEquals(Optional.empty(), refusal(uri), uri);
        }
    }

    @Test
    void plainHttpIsAcceptedOnlyOnLoopback() {
        for (String uri : List.of("http://localhost:8180/token", "http://LOCALHOST/token", "http://127.0.0.1:9000/token",
                "http://127.200.3.4/token", "http://[::1]:9000/token", "http://[0:0:0:0:0:0:0:1]/token")) {
            assertEquals(Optional.empty(), refusal(uri), uri);
        }
    }

    @Test
    void plainHttpElsewhereIsRefusedNamingTheEndpoint() {
        for (String uri : List.of("http://idp.example.com/token", "http://10.0.0.5/token", "http://128.0.0.1/token",
                "http://[::2]/token", "http://localhost.example.com/token", "http://127.0.0.1.example.com/token")) {
            String reason = refusal(uri).orElseThrow(() -> new AssertionError(uri + " accepted"));
            assertTrue(reason.startsWith("The token endpoint " + uri + " is not https"), reason);
            assertTrue(reason.contains("loopback"), reason);
        }
    }

    @Test
    void onlyHttpAndHttpsSchemesAreAccepted() {
        assertTrue(refusal("ftp://localhost/token").orElseThrow().contains("not an https URL"));
        assertTrue(refusal("file:///etc/token").orElseThrow().contains("not an https URL"));
        assertTrue(refusal("http://127.0.0.256/token").isPresent(), "not an address, so no loopback");
    }
}
