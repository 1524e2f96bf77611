package org.ccadmin.licensing.infrastructure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ccadmin.licensing.protocol.Authorization;
import org.ccadmin.licensing.protocol.Authorized;
import org.ccadmin.licensing.protocol.Certificate;
import org.ccadmin.licensing.protocol.Envelope;
import org.ccadmin.licensing.protocol.MessageType;
import org.ccadmin.licensing.protocol.Refused;
import org.ccadmin.licensing.protocol.RegisterRequest;
import org.ccadmin.licensing.protocol.Registered;
import org.ccadmin.licensing.protocol.RegistrationToken;
import org.ccadmin.licensing.protocol.SignedMessage;
import org.ccadmin.licensing.protocol.SigningKeys;

/**
 * A license authority on loopback for the adapter's tests: it verifies the product's signature and answers as
 * the protocol says, or misbehaves as a test asks (tampered, replayed, stale, another authority's key, a plain
 * 404), so the adapter's checks are tested against real HTTP and real signatures.
 */
final class TestAuthority implements AutoCloseable {

    enum Behaviour { NORMAL, TAMPERED, REPLAYED, STALE, OTHER_AUTHORITY, REFUSE_TOKEN, NOT_AN_AUTHORITY }

    final KeyPair keys = SigningKeys.generate();
    final RegistrationToken token = RegistrationToken.issue(keys.getPublic());
    private final Clock clock;
    private final HttpServer server;
    volatile Behaviour behaviour = Behaviour.NORMAL;
    volatile String lastProductKey;
    volatile int requests;

    TestAuthority(Clock clock) throws IOException {
        this(clock, HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
    }

    /** Over HTTPS with the server certificate in the PKCS#12 test resource {@code keystore} (password changeit). */
    static TestAuthority https(Clock clock, String keystore) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TestAuthority.class.getResourceAsStream("/licensing/" + keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new TestAuthority(clock, server);
    }

    private TestAuthority(Clock clock, HttpServer server) {
        this.clock = clock;
        this.server = server;
        server.createContext("/authority/api/v1/smart-licensing/", this::handle);
        server.start();
    }

    String baseUrl() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort() + "/authority";
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests++;
        if (behaviour == Behaviour.NOT_AN_AUTHORITY) {
            reply(exchange, 404, "text/html", "<html>Not Found</html>");
            return;
        }
        SignedMessage message = SignedMessage.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Envelope unverified = message.unverifiedEnvelope();
        String operation = exchange.getRequestURI().getPath().substring(exchange.getRequestURI().getPath().lastIndexOf('/') + 1);
        Envelope request;
        JsonObject body;
        MessageType type;
        String audience;
        if (operation.equals("register")) {
            RegisterRequest r = RegisterRequest.fromJson(unverified.body());
            request = message.verify(SigningKeys.decodePublic(r.publicKey()));
            lastProductKey = r.publicKey();
            audience = request.messageId().toString();
            if (behaviour == Behaviour.REFUSE_TOKEN) {
                type = MessageType.REFUSED;
                body = new Refused("token.unknown", "No such registration token.", SigningKeys.encodePublic(keys.getPublic())).toJson();
            } else {
                type = MessageType.REGISTERED;
                Instant now = clock.instant();
                body = new Registered(SigningKeys.encodePublic(signer().getPublic()),
                        new Certificate("PI-1", "SN-1", "Example Corp", "VA-East", true, now, now.plus(Duration.ofDays(365))),
                        r.entitlements().stream().map(e -> new Authorization(e, Authorization.IN_COMPLIANCE,
                                now.plus(Duration.ofDays(90)))).toList()).toJson();
            }
        } else {
            request = message.verify(SigningKeys.decodePublic(lastProductKey));
            audience = "PI-1";
            type = MessageType.AUTHORIZED;
            body = new Authorized(List.of(new Authorization("PREMIUM_AGENT", "NOT_AUTHORIZED", clock.instant().plus(Duration.ofDays(90)))))
                    .toJson();
        }
        UUID inResponseTo = behaviour == Behaviour.REPLAYED ? UUID.randomUUID() : request.messageId();
        Instant issued = behaviour == Behaviour.STALE ? clock.instant().minus(Duration.ofMinutes(10)) : clock.instant();
        Envelope answer = new Envelope(type, UUID.randomUUID(), inResponseTo, issued.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                audience, body);
        String signed = SignedMessage.sign(answer, signer());
        if (behaviour == Behaviour.TAMPERED) {
            // Another payload under the original signature.
            String[] parts = signed.split("\\.");
            Envelope changed = new Envelope(type, answer.messageId(), inResponseTo, answer.issuedAt(), audience,
                    jakarta.json.Json.createObjectBuilder(body).build());
            String other = SignedMessage.sign(new Envelope(changed.type(), changed.messageId(), changed.inResponseTo(),
                    changed.issuedAt(), "someone-else", changed.body()), signer());
            signed = parts[0] + "." + other.split("\\.")[1] + "." + parts[2];
        }
        reply(exchange, type == MessageType.REFUSED ? 403 : 200, SignedMessage.MEDIA_TYPE, signed);
    }

    private KeyPair signer() {
        return behaviour == Behaviour.OTHER_AUTHORITY ? OTHER : keys;
    }

    private static final KeyPair OTHER = SigningKeys.generate();

    private static void reply(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
