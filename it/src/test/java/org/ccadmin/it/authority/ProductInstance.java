package org.ccadmin.it.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.licensing.protocol.AuthorizeRequest;
import org.ccadmin.licensing.protocol.Envelope;
import org.ccadmin.licensing.protocol.InstanceRequest;
import org.ccadmin.licensing.protocol.MessageAcceptance;
import org.ccadmin.licensing.protocol.MessageType;
import org.ccadmin.licensing.protocol.RegisterRequest;
import org.ccadmin.licensing.protocol.Registered;
import org.ccadmin.licensing.protocol.RegistrationToken;
import org.ccadmin.licensing.protocol.SignedMessage;
import org.ccadmin.licensing.protocol.SigningKeys;
import org.ccadmin.licensing.protocol.UsageReportRequest;
import org.ccadmin.licensing.protocol.UsageReported;

/** A product instance as ccadmin will be one: its own key pair, the protocol jar, plain HTTP. */
final class ProductInstance {

    /** A request as sent and the raw answer. */
    record Exchange(Envelope request, String sent, ApiResponse response) {
    }

    final KeyPair keys = SigningKeys.generate();
    private final Api http;
    private final MessageAcceptance acceptance = new MessageAcceptance(Clock.systemUTC());
    PublicKey authorityKey;
    String instanceId;

    ProductInstance(Api anonymous) {
        this.http = anonymous;
    }

    Exchange register(String token, String licenseType, String usageMode, List<String> entitlements) {
        return send("register", Envelope.request(MessageType.REGISTER, new RegisterRequest(token, "ccadmin-it",
                SigningKeys.encodePublic(keys.getPublic()), licenseType, usageMode, "UCCE_2000_AGENTS", entitlements).toJson(),
                Clock.systemUTC()));
    }

    /** Registers and keeps the authority's key and the instance id, as the product does. */
    Registered registered(String token, String licenseType, String usageMode, List<String> entitlements) {
        Exchange e = register(token, licenseType, usageMode, entitlements);
        assertEquals(200, e.response().status(), e.response().toString());
        Envelope answer = acceptance.acceptRegistration(SignedMessage.parse(e.response().body()), RegistrationToken.parse(token), e.request());
        Registered registered = Registered.fromJson(answer.body());
        authorityKey = SigningKeys.decodePublic(registered.authorityPublicKey());
        instanceId = registered.certificate().instanceId();
        return registered;
    }

    Exchange authorize(String licenseType, String usageMode, List<String> entitlements) {
        return send("authorize", request(MessageType.AUTHORIZE,
                new AuthorizeRequest(instanceId, licenseType, usageMode, entitlements).toJson(), Clock.systemUTC()));
    }

    Exchange renewRegistration() {
        return send("renew-registration", request(MessageType.RENEW_REGISTRATION, new InstanceRequest(instanceId).toJson(), Clock.systemUTC()));
    }

    /** A {@code report-usage} of these closed windows, signed and sent now. */
    Exchange reportUsage(List<UsageReportRequest.Window> reports) {
        return send("report-usage", request(MessageType.REPORT_USAGE, new UsageReportRequest(instanceId, reports).toJson(),
                Clock.systemUTC()));
    }

    /** Reports the windows and returns the verified verdicts. */
    UsageReported reported(UsageReportRequest.Window... reports) {
        Exchange e = reportUsage(List.of(reports));
        assertEquals(200, e.response().status(), e.response().toString());
        return UsageReported.fromJson(accept(e, MessageType.USAGE_REPORTED).body());
    }

    Exchange deregister() {
        return send("deregister", request(MessageType.DEREGISTER, new InstanceRequest(instanceId).toJson(), Clock.systemUTC()));
    }

    static Envelope request(MessageType type, JsonObject body, Clock clock) {
        return Envelope.request(type, body, clock);
    }

    Exchange send(String path, Envelope request) {
        return post(path, request, SignedMessage.sign(request, keys));
    }

    Exchange post(String path, Envelope request, String jws) {
        ApiResponse response = http.request("POST", "api/v1/smart-licensing/" + path).header("Accept", SignedMessage.MEDIA_TYPE)
                .body(SignedMessage.MEDIA_TYPE, jws).send();
        return new Exchange(request, jws, response);
    }

    /** The verified answer of the expected type (a verified refusal is thrown as RefusedByAuthority). */
    Envelope accept(Exchange e, MessageType expected) {
        return acceptance.acceptResponse(SignedMessage.parse(e.response().body()), authorityKey, e.request(), expected, instanceId);
    }
}
