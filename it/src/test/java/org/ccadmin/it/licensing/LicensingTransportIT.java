package org.ccadmin.it.licensing;

import static org.ccadmin.it.licensing.Licensing.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.ccadmin.it.Api;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.JsonBody;
import org.ccadmin.it.Unique;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transport Settings against real network paths: the HTTP/HTTPS Proxy mode through a real proxy on loopback
 * (Debian's tinyproxy, started by the test), and the Transport Gateway mode at a second URL — the server's own
 * HTTPS listener, whose self-signed certificate the administrator uploads as the authority's CA. Each test
 * registers first (Direct), then renews the authorization through the mode under test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicensingTransportIT extends BesideTheAuthority {

    private static final Path TINYPROXY = Path.of("/usr/bin/tinyproxy");
    /** The HTTPS listener's port is the HTTP port plus 363 (8080 → 8443), whatever the port offset. */
    private static final int HTTPS_OFFSET = 363;

    private Api api;
    private Licensing licensing;

    @BeforeEach
    void registerDirect() {
        api = Api.asAdmin(base);
        licensing = new Licensing(api);
        licensing.reset();
        AuthorityAdmin authority = new AuthorityAdmin(authorityBase);
        long account = AuthorityAdmin.id(authority.smartAccount("Transport " + Unique.suffix()));
        authority.buyFlexProduction(account);
        ok(api.post(Licensing.STATUS + "/register", JsonBody.of("token", authority.token(account).getString("token"))));
    }

    @AfterEach
    void backToDirect() {
        licensing.reset();
        JsonObject transport = ok(api.get(Licensing.TRANSPORT));
        if (transport.containsKey("caCertificate") && !transport.isNull("caCertificate")) {
            ApiResponse removed = api.delete(Licensing.CA_CERTIFICATE + "?changeStamp=" + licensing.stamp());
            assertTrue(removed.status() / 100 == 2, removed::toString);
        }
    }

    @Test
    void proxyModeReachesTheAuthorityThroughARealProxy() throws Exception {
        assertTrue(Files.isExecutable(TINYPROXY), "the proxy test needs tinyproxy (apt-get install tinyproxy; .ci/run installs it)");
        Path dir = Files.createTempDirectory("ccadmin-tinyproxy");
        int port = freePort();
        Path log = dir.resolve("tinyproxy.log");
        Files.writeString(dir.resolve("tinyproxy.conf"), String.join("\n",
                "Port " + port, "Listen 127.0.0.1", "Timeout 30", "MaxClients 20", "Allow 127.0.0.1",
                "LogFile \"" + log + "\"", "LogLevel Info", "PidFile \"" + dir.resolve("tinyproxy.pid") + "\"", ""));
        Process proxy = new ProcessBuilder(TINYPROXY.toString(), "-d", "-c", dir.resolve("tinyproxy.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        try {
            awaitListening(port);
            ok(licensing.transport("mode", "HTTP_PROXY", "proxyHost", "127.0.0.1", "proxyPort", port));
            JsonObject renewed = ok(licensing.action("renew-authorization"));
            assertEquals("AUTHORIZED", renewed.getString("authorizationStatus"), renewed::toString);
            String seen = Files.readString(log);
            assertTrue(seen.contains("/authority/api/v1/smart-licensing/authorize"), "the request went through the proxy: " + seen);
        } finally {
            proxy.destroy();
            proxy.waitFor();
        }
        ApiResponse down = licensing.action("renew-authorization");
        assertEquals(502, down.status(), down::toString);
        assertEquals("authority.unreachable", down.code(), down::toString);
        assertTrue(licensing.status().getJsonObject("communicationFailure").getString("message").contains("127.0.0.1"),
                "the alert names the proxy it could not use");
    }

    @Test
    void transportGatewayOverHttpsIsTrustedThroughTheUploadedCaCertificate() throws Exception {
        int httpsPort = base.getPort() + HTTPS_OFFSET;
        String pem = serverCertificatePem(httpsPort);

        ok(licensing.transport("mode", "TRANSPORT_GATEWAY", "gatewayUrl", "https://localhost:" + httpsPort + "/authority"));
        ApiResponse untrusted = licensing.action("renew-authorization");
        assertEquals(502, untrusted.status(), untrusted::toString);
        assertTrue(untrusted.body().contains("not trusted"), "says why: " + untrusted.body());

        ApiResponse uploaded = api.put(Licensing.CA_CERTIFICATE, JsonBody.of("pem", pem, "changeStamp", licensing.stamp()));
        assertEquals(200, uploaded.status(), uploaded::toString);
        JsonObject renewed = ok(licensing.action("renew-authorization"));
        assertEquals("AUTHORIZED", renewed.getString("authorizationStatus"), renewed::toString);
        assertTrue(!renewed.containsKey("communicationFailure") || renewed.isNull("communicationFailure"),
                "a success clears the alert: " + renewed);

        // The same certificate does not vouch for another host name: 127.0.0.1 is not "localhost".
        ok(licensing.transport("mode", "TRANSPORT_GATEWAY", "gatewayUrl", "https://127.0.0.1:" + httpsPort + "/authority"));
        ApiResponse otherHost = licensing.action("renew-authorization");
        assertEquals(502, otherHost.status(), otherHost::toString);
    }

    /** The server's HTTPS certificate as PEM, read the way an administrator would export it from a browser. */
    private static String serverCertificatePem(int port) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, new SecureRandom());
        try (SSLSocket socket = (SSLSocket) trustAll.getSocketFactory().createSocket("localhost", port)) {
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            Certificate last = chain[chain.length - 1];
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(last.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("tinyproxy did not start listening on " + port);
    }
}
