package org.ccadmin.licensing.protocol;

import static org.ccadmin.licensing.protocol.Messages.CLOCK;
import static org.ccadmin.licensing.protocol.SignedMessageTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageAcceptanceTest {

    private final KeyPair product = SigningKeys.generate();
    private final KeyPair authority = SigningKeys.generate();
    private final MessageAcceptance acceptance = new MessageAcceptance(CLOCK);

    private SignedMessage requestIssuedAt(Clock clock) {
        return SignedMessage.parse(SignedMessage.sign(Messages.authorizeRequest(clock), product));
    }

    @Test
    void aFreshRequestOfTheExpectedTypeIsAccepted() {
        Envelope e = acceptance.acceptRequest(requestIssuedAt(CLOCK), product.getPublic(), MessageType.AUTHORIZE);
        assertEquals(MessageType.AUTHORIZE, e.type());
    }

    @Test
    void aRequestJustInsideTheWindowIsAcceptedEitherWay() {
        acceptance.acceptRequest(requestIssuedAt(Clock.offset(CLOCK, Duration.ofMinutes(-5))), product.getPublic(), MessageType.AUTHORIZE);
        acceptance.acceptRequest(requestIssuedAt(Clock.offset(CLOCK, Duration.ofMinutes(5))), product.getPublic(), MessageType.AUTHORIZE);
    }

    @Test
    void aStaleRequestIsRejected() {
        SignedMessage old = requestIssuedAt(Clock.offset(CLOCK, Duration.ofMinutes(-5).minusSeconds(1)));
        assertCode(ProtocolException.STALE, () -> acceptance.acceptRequest(old, product.getPublic(), MessageType.AUTHORIZE));
    }

    @Test
    void aRequestFromTheFutureIsRejected() {
        SignedMessage future = requestIssuedAt(Clock.offset(CLOCK, Duration.ofMinutes(6)));
        assertCode(ProtocolException.STALE, () -> acceptance.acceptRequest(future, product.getPublic(), MessageType.AUTHORIZE));
    }

    @Test
    void aRequestOfAnotherTypeIsMalformed() {
        assertCode(ProtocolException.MALFORMED,
                () -> acceptance.acceptRequest(requestIssuedAt(CLOCK), product.getPublic(), MessageType.DEREGISTER));
    }

    @Test
    void aRequestSignedByAnotherKeyIsRejected() {
        assertCode(ProtocolException.BAD_SIGNATURE,
                () -> acceptance.acceptRequest(requestIssuedAt(CLOCK), authority.getPublic(), MessageType.AUTHORIZE));
    }

    @Test
    void theAnswerToTheRequestJustSentIsAccepted() {
        Envelope request = Messages.authorizeRequest(CLOCK);
        Envelope answer = Envelope.response(request, MessageType.AUTHORIZED, "instance-1",
                new Authorized(List.of(new Authorization("PREMIUM_AGENT", Authorization.IN_COMPLIANCE, Messages.NOW.plusSeconds(60)))).toJson(),
                CLOCK);
        Envelope accepted = acceptance.acceptResponse(SignedMessage.parse(SignedMessage.sign(answer, authority)),
                authority.getPublic(), request, MessageType.AUTHORIZED, "instance-1");
        assertEquals(Authorization.IN_COMPLIANCE, Authorized.fromJson(accepted.body()).authorizations().get(0).status());
    }

    @Test
    void anAnswerToAnotherRequestIsRejected() {
        Envelope sent = Messages.authorizeRequest(CLOCK);
        Envelope earlier = Messages.authorizeRequest(CLOCK);
        Envelope answer = Envelope.response(earlier, MessageType.AUTHORIZED, "instance-1", new Authorized(List.of()).toJson(), CLOCK);
        assertCode(ProtocolException.UNEXPECTED, () -> acceptance.acceptResponse(SignedMessage.parse(SignedMessage.sign(answer, authority)),
                authority.getPublic(), sent, MessageType.AUTHORIZED, "instance-1"));
    }

    @Test
    void anAnswerAddressedToAnotherInstanceIsRejected() {
        Envelope sent = Messages.authorizeRequest(CLOCK);
        Envelope answer = Envelope.response(sent, MessageType.AUTHORIZED, "instance-2", new Authorized(List.of()).toJson(), CLOCK);
        assertCode(ProtocolException.UNEXPECTED, () -> acceptance.acceptResponse(SignedMessage.parse(SignedMessage.sign(answer, authority)),
                authority.getPublic(), sent, MessageType.AUTHORIZED, "instance-1"));
    }

    @Test
    void aStaleAnswerIsRejected() {
        Envelope sent = Messages.authorizeRequest(CLOCK);
        Envelope answer = Envelope.response(sent, MessageType.AUTHORIZED, "instance-1", new Authorized(List.of()).toJson(),
                Clock.offset(CLOCK, Duration.ofMinutes(-10)));
        assertCode(ProtocolException.STALE, () -> acceptance.acceptResponse(SignedMessage.parse(SignedMessage.sign(answer, authority)),
                authority.getPublic(), sent, MessageType.AUTHORIZED, "instance-1"));
    }

    @Test
    void aSignedRefusalIsThrownWithTheAuthoritysCode() {
        Envelope sent = Messages.authorizeRequest(CLOCK);
        Envelope answer = Envelope.response(sent, MessageType.REFUSED, sent.messageId().toString(),
                new Refused(ProtocolException.INSTANCE_UNKNOWN, "No such instance.").toJson(), CLOCK);
        RefusedByAuthority e = assertThrows(RefusedByAuthority.class, () -> acceptance.acceptResponse(
                SignedMessage.parse(SignedMessage.sign(answer, authority)), authority.getPublic(), sent, MessageType.AUTHORIZED, "instance-1"));
        assertEquals(ProtocolException.INSTANCE_UNKNOWN, e.code());
        assertEquals("No such instance.", e.getMessage());
    }

    @Test
    void aRefusalSignedByAnyoneElseIsNotBelieved() {
        Envelope sent = Messages.authorizeRequest(CLOCK);
        Envelope answer = Envelope.response(sent, MessageType.REFUSED, sent.messageId().toString(),
                new Refused(ProtocolException.INSTANCE_UNKNOWN, "No such instance.").toJson(), CLOCK);
        assertCode(ProtocolException.BAD_SIGNATURE, () -> acceptance.acceptResponse(
                SignedMessage.parse(SignedMessage.sign(answer, product)), authority.getPublic(), sent, MessageType.AUTHORIZED, "instance-1"));
    }

    @Test
    void theFirstAnswerIsBelievedWhenItsKeyIsTheOneInTheToken() {
        RegistrationToken token = RegistrationToken.issue(authority.getPublic());
        Envelope sent = registerRequest(token);
        Registered registered = new Registered(SigningKeys.encodePublic(authority.getPublic()),
                new Certificate("i-1", "SN", "Acme", "DEFAULT", true, Messages.NOW, Messages.NOW.plusSeconds(60)), List.of());
        Envelope answer = Envelope.response(sent, MessageType.REGISTERED, sent.messageId().toString(), registered.toJson(), CLOCK);
        Envelope accepted = acceptance.acceptRegistration(SignedMessage.parse(SignedMessage.sign(answer, authority)), token, sent);
        assertEquals("i-1", Registered.fromJson(accepted.body()).certificate().instanceId());
    }

    @Test
    void aFirstAnswerFromAnotherAuthorityIsNotBelieved() {
        RegistrationToken token = RegistrationToken.issue(authority.getPublic());
        KeyPair impostor = SigningKeys.generate();
        Envelope sent = registerRequest(token);
        Registered registered = new Registered(SigningKeys.encodePublic(impostor.getPublic()),
                new Certificate("i-1", "SN", "Acme", "DEFAULT", true, Messages.NOW, Messages.NOW.plusSeconds(60)), List.of());
        Envelope answer = Envelope.response(sent, MessageType.REGISTERED, sent.messageId().toString(), registered.toJson(), CLOCK);
        assertCode(ProtocolException.TOKEN_WRONG_AUTHORITY,
                () -> acceptance.acceptRegistration(SignedMessage.parse(SignedMessage.sign(answer, impostor)), token, sent));
    }

    @Test
    void aRefusedRegistrationCarriesTheAuthorityKeySoItCanBeVerified() {
        RegistrationToken token = RegistrationToken.issue(authority.getPublic());
        Envelope sent = registerRequest(token);
        Refused refused = new Refused(ProtocolException.TOKEN_EXPIRED, "expired").withAuthorityPublicKey(SigningKeys.encodePublic(authority.getPublic()));
        Envelope answer = Envelope.response(sent, MessageType.REFUSED, sent.messageId().toString(), refused.toJson(), CLOCK);
        RefusedByAuthority e = assertThrows(RefusedByAuthority.class,
                () -> acceptance.acceptRegistration(SignedMessage.parse(SignedMessage.sign(answer, authority)), token, sent));
        assertEquals(ProtocolException.TOKEN_EXPIRED, e.code());
    }

    private Envelope registerRequest(RegistrationToken token) {
        return Envelope.request(MessageType.REGISTER, new RegisterRequest(token.text(), "ccadmin", SigningKeys.encodePublic(product.getPublic()),
                "FLEX", "PRODUCTION", "UCCE_2000", List.of("PREMIUM_AGENT")).toJson(), CLOCK);
    }
}
