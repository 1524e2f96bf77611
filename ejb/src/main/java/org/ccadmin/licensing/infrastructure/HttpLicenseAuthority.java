package org.ccadmin.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLException;
import org.ccadmin.licensing.application.AuthorityConnection;
import org.ccadmin.licensing.application.AuthorityException;
import org.ccadmin.licensing.application.AuthorityRefused;
import org.ccadmin.licensing.application.AuthorityRegistration;
import org.ccadmin.licensing.application.AuthorityUnreachable;
import org.ccadmin.licensing.application.LicenseAuthority;
import org.ccadmin.licensing.application.RegistrationRequest;
import org.ccadmin.licensing.domain.Authorization;
import org.ccadmin.licensing.domain.ConnectionMode;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.domain.EntitlementStatus;
import org.ccadmin.licensing.domain.IdCertificate;
import org.ccadmin.licensing.domain.LicenseType;
import org.ccadmin.licensing.domain.TransportSettings;
import org.ccadmin.licensing.domain.UsageMode;
import org.ccadmin.licensing.protocol.AuthorizeRequest;
import org.ccadmin.licensing.protocol.Authorized;
import org.ccadmin.licensing.protocol.Certificate;
import org.ccadmin.licensing.protocol.Envelope;
import org.ccadmin.licensing.protocol.InstanceRequest;
import org.ccadmin.licensing.protocol.MessageAcceptance;
import org.ccadmin.licensing.protocol.MessageType;
import org.ccadmin.licensing.protocol.UsageReportRequest;
import org.ccadmin.licensing.protocol.UsageReported;
import org.ccadmin.licensing.domain.LineVerdict;
import org.ccadmin.licensing.domain.UsageWindow;
import org.ccadmin.licensing.protocol.ProtocolException;
import org.ccadmin.licensing.protocol.RefusedByAuthority;
import org.ccadmin.licensing.protocol.RegisterRequest;
import org.ccadmin.licensing.protocol.Registered;
import org.ccadmin.licensing.protocol.RegistrationRenewed;
import org.ccadmin.licensing.protocol.RegistrationToken;
import org.ccadmin.licensing.protocol.SignedMessage;
import org.ccadmin.licensing.protocol.SigningKeys;
import org.ccadmin.shared.domain.DomainException;

/**
 * The license authority over HTTP(S), as {@code docs/licensing-protocol.md} describes: every request is a JWS
 * signed with the product's Ed25519 key, every answer is verified before it is believed (the key the token
 * vouches for on register, the stored authority key afterwards; the answer must be for the request just sent
 * and issued within the time window). Where the request goes depends on the Transport Settings: Direct to
 * {@link AuthorityEndpoint}, Transport Gateway to its URL, HTTP/HTTPS Proxy to the Direct URL through the proxy.
 * HTTPS trusts the JDK's CAs and the uploaded CA certificate, with host name verification. Every failure becomes
 * {@link AuthorityUnreachable} (no trustworthy answer came) or {@link AuthorityRefused} (the authority said no,
 * or its answer failed a check); nothing here changes any state.
 */
@ApplicationScoped
public class HttpLicenseAuthority implements LicenseAuthority {

    static final String PATH = "/api/v1/smart-licensing/";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    @Inject
    private AuthorityEndpoint endpoint;

    @Inject
    private Clock clock;

    protected HttpLicenseAuthority() {
    }

    HttpLicenseAuthority(AuthorityEndpoint endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public AuthorityRegistration register(AuthorityConnection connection, RegistrationRequest request) throws AuthorityException {
        RegistrationToken token;
        try {
            token = RegistrationToken.parse(request.token());
        } catch (ProtocolException e) {
            throw new AuthorityRefused(e.code(), e.getMessage());
        }
        JsonObject body = new RegisterRequest(request.token(), request.productInstanceName(), connection.productPublicKey(),
                request.licenseType().name(), request.usageMode().name(), request.deploymentType().name(),
                request.entitlements().stream().map(Enum::name).toList()).toJson();
        Envelope sent = Envelope.request(MessageType.REGISTER, body, clock);
        SignedMessage answer = send(connection, "register", sent);
        return translate(() -> {
            // The first answer (or refusal) carries the authority's key; only the token's digest of it makes it trustworthy.
            Envelope accepted = new MessageAcceptance(clock).acceptRegistration(answer, token, sent);
            Registered registered = Registered.fromJson(accepted.body());
            return new AuthorityRegistration(certificate(registered.certificate()),
                    authorizations(registered.authorizations()), registered.authorityPublicKey());
        });
    }

    @Override
    public IdCertificate renewRegistration(AuthorityConnection connection, String instanceId) throws AuthorityException {
        Envelope sent = Envelope.request(MessageType.RENEW_REGISTRATION, new InstanceRequest(instanceId).toJson(), clock);
        SignedMessage answer = send(connection, "renew-registration", sent);
        return translate(() -> certificate(RegistrationRenewed.fromJson(
                accept(connection, answer, sent, MessageType.REGISTRATION_RENEWED, instanceId).body()).certificate()));
    }

    @Override
    public List<Authorization> authorize(AuthorityConnection connection, String instanceId, LicenseType licenseType,
            UsageMode usageMode, List<Entitlement> entitlements) throws AuthorityException {
        JsonObject body = new AuthorizeRequest(instanceId, licenseType.name(), usageMode.name(),
                entitlements.stream().map(Enum::name).toList()).toJson();
        Envelope sent = Envelope.request(MessageType.AUTHORIZE, body, clock);
        SignedMessage answer = send(connection, "authorize", sent);
        return translate(() -> authorizations(Authorized.fromJson(
                accept(connection, answer, sent, MessageType.AUTHORIZED, instanceId).body()).authorizations()));
    }

    @Override
    public void deregister(AuthorityConnection connection, String instanceId) throws AuthorityException {
        Envelope sent = Envelope.request(MessageType.DEREGISTER, new InstanceRequest(instanceId).toJson(), clock);
        SignedMessage answer = send(connection, "deregister", sent);
        translate(() -> accept(connection, answer, sent, MessageType.DEREGISTERED, instanceId));
    }

    @Override
    public List<List<LineVerdict>> reportUsage(AuthorityConnection connection, String instanceId,
            List<UsageWindow> windows) throws AuthorityException {
        JsonObject body = new UsageReportRequest(instanceId, windows.stream().map(w -> UsageReportRequest.Window.of(
                w.windowStart(), w.lines().stream().map(l -> new UsageReportRequest.Peak(l.entitlement().name(),
                        l.actualPeak())).toList())).toList()).toJson();
        Envelope sent = Envelope.request(MessageType.REPORT_USAGE, body, clock);
        SignedMessage answer = send(connection, "report-usage", sent);
        return translate(() -> verdicts(UsageReported.fromJson(
                accept(connection, answer, sent, MessageType.USAGE_REPORTED, instanceId).body()), windows));
    }

    /** One verdict per report, in the same order; anything else is an answer this product cannot take. */
    private static List<List<LineVerdict>> verdicts(UsageReported reported, List<UsageWindow> windows) {
        if (reported.verdicts().size() != windows.size()) {
            throw new IllegalArgumentException(reported.verdicts().size() + " verdict(s) for " + windows.size()
                    + " usage report(s).");
        }
        List<List<LineVerdict>> verdicts = new java.util.ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            UsageReported.Verdict v = reported.verdicts().get(i);
            if (!v.windowStart().equals(windows.get(i).windowStart())) {
                throw new IllegalArgumentException("verdict " + i + " is for the window " + v.windowStart() + ", not "
                        + windows.get(i).windowStart() + ".");
            }
            verdicts.add(v.entitlements().stream().map(HttpLicenseAuthority::verdict).toList());
        }
        return verdicts;
    }

    private static LineVerdict verdict(UsageReported.EntitlementVerdict e) {
        return new LineVerdict(Entitlement.valueOf(e.entitlement()), EntitlementStatus.valueOf(e.status()), e.entitled(),
                e.poolUsage(), e.reportedUsage(), e.overages(), e.outOfComplianceSince());
    }

    @Override
    public String describe(AuthorityConnection connection) {
        TransportSettings t = connection.transport();
        String via = t != null && t.mode() == ConnectionMode.HTTP_PROXY ? " via proxy " + t.proxyHost() + ":" + t.proxyPort() : "";
        return (t == null ? ConnectionMode.DIRECT : t.mode()).displayText() + " " + base(t) + via;
    }

    // --- the wire

    /** The authority's base URL for these settings; the gateway URL is the on-premises authority's base. */
    URI base(TransportSettings t) {
        if (t != null && t.mode() == ConnectionMode.TRANSPORT_GATEWAY) {
            String url = t.gatewayUrl().strip();
            return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        return endpoint.directUrl();
    }

    private SignedMessage send(AuthorityConnection connection, String operation, Envelope envelope) throws AuthorityException {
        URI uri = URI.create(base(connection.transport()) + PATH + operation);
        KeyPair keys = SigningKeys.decodePair(connection.productPublicKey(), connection.productPrivateKey());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", SignedMessage.MEDIA_TYPE).header("Accept", SignedMessage.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(SignedMessage.sign(envelope, keys))).build();
        HttpResponse<String> response;
        try {
            response = client(connection, uri).send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new AuthorityUnreachable("No connection to " + uri.getHost() + " within " + CONNECT_TIMEOUT.toSeconds() + " s.", e);
        } catch (HttpTimeoutException e) {
            throw new AuthorityUnreachable("No answer from " + uri + " within " + REQUEST_TIMEOUT.toSeconds() + " s.", e);
        } catch (ConnectException e) {
            throw new AuthorityUnreachable("Connection to " + uri.getHost() + ":" + port(uri) + " refused or impossible"
                    + via(connection) + ".", e);
        } catch (SSLException e) {
            throw new AuthorityUnreachable("HTTPS to " + uri.getHost() + " failed: the authority's certificate is not trusted"
                    + " (upload its CA certificate) or does not name the host (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new AuthorityUnreachable("No answer from " + uri + via(connection) + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthorityUnreachable("Interrupted while waiting for " + uri + ".", e);
        }
        return signedAnswer(uri, response);
    }

    private HttpClient client(AuthorityConnection connection, URI uri) throws AuthorityUnreachable {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER);
        TransportSettings t = connection.transport();
        if (t != null && t.mode() == ConnectionMode.HTTP_PROXY) {
            b.proxy(ProxySelector.of(new InetSocketAddress(t.proxyHost(), t.proxyPort())));
        }
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            try {
                b.sslContext(AuthorityTrust.context(connection.caCertificate()));
            } catch (GeneralSecurityException e) {
                throw new AuthorityUnreachable("HTTPS cannot be set up: " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    /** A signed answer (success or refusal, any status), else no trustworthy answer at all. */
    private static SignedMessage signedAnswer(URI uri, HttpResponse<String> response) throws AuthorityException {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith(SignedMessage.MEDIA_TYPE)) {
            try {
                return SignedMessage.parse(response.body());
            } catch (ProtocolException e) {
                throw new AuthorityRefused(e.code(), "The authority's answer is not a valid signed message: " + e.getMessage());
            }
        }
        if (response.statusCode() == 400 && type.startsWith("application/problem+json")) {
            JsonObject problem = json(response.body());
            throw new AuthorityRefused(problem == null ? ProtocolException.MALFORMED : problem.getString("code", ProtocolException.MALFORMED),
                    "The authority could not read the request: " + (problem == null ? "HTTP 400" : problem.getString("detail", "HTTP 400")));
        }
        throw new AuthorityUnreachable("The server at " + uri + " answered HTTP " + response.statusCode()
                + " without a signed licensing message; is this the license authority's address?", null);
    }

    // --- checks and translation

    @FunctionalInterface
    private interface Reading<T> {
        T read();
    }

    /** A failed check of the answer, or an answer the domain cannot take, is a refusal with its reason. */
    private static <T> T translate(Reading<T> reading) throws AuthorityRefused {
        try {
            return reading.read();
        } catch (RefusedByAuthority e) {
            throw new AuthorityRefused(e.code(), e.getMessage());
        } catch (ProtocolException e) {
            throw new AuthorityRefused(e.code(), "The authority's answer was rejected: " + e.getMessage());
        } catch (DomainException | IllegalArgumentException e) {
            throw new AuthorityRefused(ProtocolException.MALFORMED, "The authority's answer is incomplete: " + e.getMessage());
        }
    }

    private Envelope accept(AuthorityConnection connection, SignedMessage answer, Envelope sent, MessageType expected,
            String instanceId) {
        if (connection.authorityPublicKey() == null) {
            throw new ProtocolException(ProtocolException.UNEXPECTED, "No authority key is known; register first.");
        }
        return new MessageAcceptance(clock).acceptResponse(answer, SigningKeys.decodePublic(connection.authorityPublicKey()),
                sent, expected, instanceId);
    }

    private static IdCertificate certificate(Certificate c) {
        return new IdCertificate(c.instanceId(), c.serialNumber(), c.smartAccount(), c.virtualAccount(), c.exportControlled(),
                c.issuedAt(), c.expiresAt());
    }

    private static List<Authorization> authorizations(List<org.ccadmin.licensing.protocol.Authorization> list) {
        return list.stream().map(a -> new Authorization(Entitlement.valueOf(a.entitlement()),
                EntitlementStatus.valueOf(a.status()), a.expiresAt())).toList();
    }

    private static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String via(AuthorityConnection connection) {
        TransportSettings t = connection.transport();
        return t != null && t.mode() == ConnectionMode.HTTP_PROXY ? " (via proxy " + t.proxyHost() + ":" + t.proxyPort() + ")" : "";
    }
}
