package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The checks a receiver makes before it believes a message: the signature of the key it trusts, the
 * expected type, the time window against its own clock, and (for responses) that the answer is for the
 * request just sent. Replay of requests inside the window is the authority's part: it records every
 * accepted {@code messageId} (see {@link #REPLAY_RETENTION}).
 */
public final class MessageAcceptance {

    /** A message issued further than this from the receiver's clock (either way) is stale. */
    public static final Duration WINDOW = Duration.ofMinutes(5);
    /** How long the authority keeps accepted request ids: the window on both sides, plus a margin. */
    public static final Duration REPLAY_RETENTION = WINDOW.multipliedBy(2).plusMinutes(5);

    private final Clock clock;

    public MessageAcceptance(Clock clock) {
        this.clock = clock;
    }

    /** Authority side: a request of {@code expected} type signed with {@code key}, addressed to the authority, fresh. */
    public Envelope acceptRequest(SignedMessage message, PublicKey key, MessageType expected) {
        Envelope envelope = message.verify(key);
        if (envelope.type() != expected) {
            throw Fields.malformed("Expected a " + expected.wireName() + " message, got " + envelope.type().wireName() + ".");
        }
        if (!Envelope.AUTHORITY_AUDIENCE.equals(envelope.audience())) {
            throw new ProtocolException(ProtocolException.UNEXPECTED, "The request is addressed to '" + envelope.audience()
                    + "', not to the authority.");
        }
        checkFresh(envelope);
        return envelope;
    }

    /**
     * Product side: the answer to {@code request}, signed with the authority's {@code key}, of the
     * {@code expected} type, addressed to {@code instanceId} or (before registration, and for refusals of
     * unknown instances) to the request's message id. A verified {@code refused} answer is thrown as
     * {@link RefusedByAuthority}.
     */
    public Envelope acceptResponse(SignedMessage message, PublicKey key, Envelope request, MessageType expected,
            String instanceId) {
        Envelope envelope = message.verify(key);
        if (!request.messageId().equals(envelope.inResponseTo())) {
            throw new ProtocolException(ProtocolException.UNEXPECTED, "The answer is not for the request just sent (inResponseTo "
                    + envelope.inResponseTo() + ", sent " + request.messageId() + ").");
        }
        String audience = envelope.audience();
        if (!audience.equals(request.messageId().toString()) && (instanceId == null || !audience.equals(instanceId))) {
            throw new ProtocolException(ProtocolException.UNEXPECTED, "The answer is addressed to '" + audience + "'.");
        }
        checkFresh(envelope);
        if (envelope.type() == MessageType.REFUSED) {
            throw new RefusedByAuthority(Refused.fromJson(envelope.body()));
        }
        if (envelope.type() != expected) {
            throw Fields.malformed("Expected a " + expected.wireName() + " answer, got " + envelope.type().wireName() + ".");
        }
        return envelope;
    }

    /**
     * Product side, first contact: the answer to a {@code register} request, before the product knows the
     * authority's key. The key comes with the answer ({@code registered} or {@code refused}); it is believed
     * only if its SHA-256 is the one in {@code token} ({@code token.wrongAuthority} otherwise), and then
     * checked like {@link #acceptResponse}. The caller stores {@link Registered#authorityPublicKey()} for
     * every later answer.
     */
    public Envelope acceptRegistration(SignedMessage message, RegistrationToken token, Envelope request) {
        JsonObject body = message.unverifiedEnvelope().body();
        String encoded = Fields.optionalString(body, "authorityPublicKey");
        if (encoded == null) {
            throw Fields.malformed("The answer to register carries no authorityPublicKey.");
        }
        PublicKey key = SigningKeys.decodePublic(encoded);
        token.checkIssuedBy(key);
        return acceptResponse(message, key, request, MessageType.REGISTERED, null);
    }

    /** {@code message.stale} if the envelope was issued outside the window around now. */
    public void checkFresh(Envelope envelope) {
        Instant now = clock.instant();
        Duration age = Duration.between(envelope.issuedAt(), now).abs();
        if (age.compareTo(WINDOW) > 0) {
            throw new ProtocolException(ProtocolException.STALE, "The message was issued at " + envelope.issuedAt()
                    + ", more than " + WINDOW.toMinutes() + " minutes from the receiver's time " + now + ".");
        }
    }
}
