package org.ccadmin.licensing.protocol;

import static org.ccadmin.licensing.protocol.Messages.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedMessageTest {

    private final KeyPair signer = SigningKeys.generate();

    @Test
    void aSignedMessageVerifiesWithTheSignersKeyAndKeepsItsEnvelope() {
        Envelope sent = Messages.authorizeRequest(CLOCK);
        SignedMessage received = SignedMessage.parse(SignedMessage.sign(sent, signer));
        assertEquals(SigningKeys.keyId(signer.getPublic()), received.keyId());
        assertEquals(sent, received.verify(signer.getPublic()));
        assertEquals("instance-1", AuthorizeRequest.fromJson(received.verify(signer.getPublic()).body()).instanceId());
    }

    @Test
    void theHeaderNamesTheAlgorithmTypeAndKey() {
        String header = decode(SignedMessage.sign(Messages.authorizeRequest(CLOCK), signer).split("\\.")[0]);
        assertEquals("{\"alg\":\"EdDSA\",\"typ\":\"ccadmin-licensing+jws\",\"kid\":\"" + SigningKeys.keyId(signer.getPublic())
                + "\"}", header);
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String[] parts = SignedMessage.sign(Messages.authorizeRequest(CLOCK), signer).split("\\.");
        String payload = decode(parts[1]).replace("PREMIUM_AGENT", "STANDARD_AGENT");
        SignedMessage tampered = SignedMessage.parse(parts[0] + "." + encode(payload) + "." + parts[2]);
        assertCode(ProtocolException.BAD_SIGNATURE, () -> tampered.verify(signer.getPublic()));
    }

    @Test
    void aTamperedHeaderIsRejected() {
        KeyPair other = SigningKeys.generate();
        String[] parts = SignedMessage.sign(Messages.authorizeRequest(CLOCK), signer).split("\\.");
        // the header now claims the other key; the signature still is the first key's over the old header
        String header = decode(parts[0]).replace(SigningKeys.keyId(signer.getPublic()), SigningKeys.keyId(other.getPublic()));
        SignedMessage tampered = SignedMessage.parse(encode(header) + "." + parts[1] + "." + parts[2]);
        assertCode(ProtocolException.BAD_SIGNATURE, () -> tampered.verify(other.getPublic()));
        assertCode(ProtocolException.BAD_SIGNATURE, () -> tampered.verify(signer.getPublic()));
    }

    @Test
    void anotherAlgorithmOrTypeInTheHeaderIsMalformed() {
        String[] parts = SignedMessage.sign(Messages.authorizeRequest(CLOCK), signer).split("\\.");
        String none = decode(parts[0]).replace("EdDSA", "none");
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse(encode(none) + "." + parts[1] + "." + parts[2]));
        String jwt = decode(parts[0]).replace("ccadmin-licensing+jws", "JWT");
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse(encode(jwt) + "." + parts[1] + "." + parts[2]));
    }

    @Test
    void aTamperedSignatureIsRejected() {
        String jws = SignedMessage.sign(Messages.authorizeRequest(CLOCK), signer);
        int last = jws.length() - 5;
        char flipped = jws.charAt(last) == 'A' ? 'B' : 'A';
        SignedMessage tampered = SignedMessage.parse(jws.substring(0, last) + flipped + jws.substring(last + 1));
        assertCode(ProtocolException.BAD_SIGNATURE, () -> tampered.verify(signer.getPublic()));
    }

    @Test
    void aMessageSignedWithAnotherKeyIsRejected() {
        KeyPair other = SigningKeys.generate();
        SignedMessage message = SignedMessage.parse(SignedMessage.sign(Messages.authorizeRequest(CLOCK), other));
        assertCode(ProtocolException.BAD_SIGNATURE, () -> message.verify(signer.getPublic()));
    }

    @Test
    void aMessageThatIsNoJwsIsMalformed() {
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse(""));
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse("{\"type\":\"register\"}"));
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse("a.b"));
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse("a.b.c.d"));
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse(encode("not json") + "." + encode("{}") + ".AAAA"));
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse("x".repeat(SignedMessage.MAX_LENGTH + 1)));
    }

    @Test
    void aPayloadWithoutTheEnvelopeFieldsIsMalformed() {
        String[] parts = SignedMessage.sign(Messages.authorizeRequest(CLOCK), signer).split("\\.");
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse(parts[0] + "." + encode("{\"type\":\"authorize\"}") + "." + parts[2]));
        String badType = decode(parts[1]).replace("\"authorize\"", "\"promote\"");
        assertCode(ProtocolException.MALFORMED, () -> SignedMessage.parse(parts[0] + "." + encode(badType) + "." + parts[2]));
    }

    static void assertCode(String code, org.junit.jupiter.api.function.Executable action) {
        ProtocolException e = assertThrows(ProtocolException.class, action);
        assertEquals(code, e.code(), e.getMessage());
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
