package org.ccadmin.authority.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.ccadmin.licensing.protocol.AuthorizeRequest;
import org.ccadmin.licensing.protocol.Deregistered;
import org.ccadmin.licensing.protocol.Envelope;
import org.ccadmin.licensing.protocol.InstanceRequest;
import org.ccadmin.licensing.protocol.MessageAcceptance;
import org.ccadmin.licensing.protocol.MessageType;
import org.ccadmin.licensing.protocol.ProtocolException;
import org.ccadmin.licensing.protocol.Refused;
import org.ccadmin.licensing.protocol.RegisterRequest;
import org.ccadmin.licensing.protocol.SignedMessage;
import org.ccadmin.licensing.protocol.SigningKeys;
import org.ccadmin.licensing.protocol.UsageReportRequest;

/**
 * One protocol exchange: read the JWS, find the key that must have signed it (the one the {@code register}
 * body carries, else the registered instance's), verify signature, type, audience and time window, refuse a
 * replayed message id, then let {@link LicensingOperations} act, and sign the answer. A refusal is a signed
 * {@code refused} message too, except when the body is no JWS at all.
 */
@ApplicationScoped
public class SmartLicensingExchange {

    private static final Logger LOG = Logger.getLogger(SmartLicensingExchange.class.getName());

    /** What goes back: the HTTP status, and the signed answer or (for no JWS at all) only the refusal. */
    public record Answer(int status, String signedBody, Refused unsigned) {
    }

    @Inject
    private LicensingOperations operations;

    @Inject
    private UsageReporting usage;

    @Inject
    private ReplayGuard replays;

    @Inject
    private AuthorityKeys keys;

    @Inject
    private Clock clock;

    public Answer exchange(MessageType type, String body) {
        SignedMessage message;
        try {
            message = SignedMessage.parse(body);
        } catch (ProtocolException e) {
            return new Answer(400, null, Refused.of(e));
        }
        Envelope claimed = message.unverifiedEnvelope();
        String audience = claimed.messageId().toString();
        try {
            if (type == MessageType.REGISTER) {
                RegisterRequest request = RegisterRequest.fromJson(claimed.body());
                Envelope accepted = accept(message, SigningKeys.decodePublic(request.publicKey()), type);
                return answer(accepted, MessageType.REGISTERED, audience,
                        operations.register(request, now()).toJson());
            }
            String instanceId = instanceIdOf(type, claimed.body());
            audience = instanceId;
            Envelope request = accept(message, operations.instanceKey(instanceId), type);
            return switch (type) {
                case RENEW_REGISTRATION -> answer(request, MessageType.REGISTRATION_RENEWED, audience,
                        operations.renewRegistration(instanceId, now()).toJson());
                case AUTHORIZE -> answer(request, MessageType.AUTHORIZED, audience,
                        operations.authorize(AuthorizeRequest.fromJson(request.body()), now()).toJson());
                case REPORT_USAGE -> answer(request, MessageType.USAGE_REPORTED, audience,
                        usage.report(UsageReportRequest.fromJson(request.body()), now()).toJson());
                case DEREGISTER -> {
                    operations.deregister(instanceId, now());
                    yield answer(request, MessageType.DEREGISTERED, audience, new Deregistered().toJson());
                }
                default -> throw new IllegalArgumentException("Not a request type: " + type);
            };
        } catch (ProtocolException e) {
            LOG.info(() -> "Refused " + type.wireName() + " " + claimed.messageId() + ": " + e.code() + " — " + e.getMessage());
            Refused refusal = Refused.of(e);
            if (type == MessageType.REGISTER) {
                // the product does not know this authority's key yet: it checks this one against its token
                refusal = refusal.withAuthorityPublicKey(SigningKeys.encodePublic(keys.keyPair().getPublic()));
            }
            Envelope refused = Envelope.response(claimed, MessageType.REFUSED, audience, refusal.toJson(), clock);
            return new Answer(status(e.code()), SignedMessage.sign(refused, keys.keyPair()), null);
        }
    }

    /** Read before the signature is checked, only to find the key that must have signed. */
    private static String instanceIdOf(MessageType type, JsonObject body) {
        return switch (type) {
            case AUTHORIZE -> AuthorizeRequest.fromJson(body).instanceId();
            case REPORT_USAGE -> UsageReportRequest.fromJson(body).instanceId();
            default -> InstanceRequest.fromJson(body).instanceId();
        };
    }

    private Envelope accept(SignedMessage message, PublicKey key, MessageType type) {
        Instant now = now();
        Envelope request = new MessageAcceptance(clock).acceptRequest(message, key, type);
        if (!replays.firstSeen(request.messageId(), now)) {
            throw new ProtocolException(ProtocolException.REPLAYED, "Message " + request.messageId() + " was received before.");
        }
        return request;
    }

    private Answer answer(Envelope request, MessageType type, String audience, JsonObject body) {
        return new Answer(200, SignedMessage.sign(Envelope.response(request, type, audience, body, clock), keys.keyPair()), null);
    }

    /** To the second, like the envelope's issuedAt, so a certificate's or authorization's times match the answer's. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The HTTP status of each refusal code; the code itself is what the product acts on. */
    static int status(String code) {
        return switch (code) {
            case ProtocolException.BAD_SIGNATURE -> 401;
            case ProtocolException.TOKEN_UNKNOWN, ProtocolException.TOKEN_EXPIRED, ProtocolException.TOKEN_REVOKED,
                    ProtocolException.TOKEN_EXHAUSTED, LicensingOperations.REGISTRATION_EXPIRED -> 403;
            case ProtocolException.INSTANCE_UNKNOWN -> 404;
            case ProtocolException.REPLAYED -> 409;
            default -> 400;
        };
    }
}
