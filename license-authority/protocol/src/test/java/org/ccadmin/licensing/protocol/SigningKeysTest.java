package org.ccadmin.licensing.protocol;

import static org.ccadmin.licensing.protocol.SignedMessageTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    @Test
    void storedKeysSignAndVerifyLikeTheOriginals() {
        KeyPair pair = SigningKeys.generate();
        KeyPair stored = SigningKeys.decodePair(SigningKeys.encodePublic(pair.getPublic()), SigningKeys.encodePrivate(pair.getPrivate()));
        assertEquals(pair.getPublic(), stored.getPublic());
        String jws = SignedMessage.sign(Messages.authorizeRequest(Messages.CLOCK), stored);
        SignedMessage.parse(jws).verify(pair.getPublic());
    }

    @Test
    void theKeyIdIsTheBase64UrlSha256OfThePublicKeyEncoding() {
        KeyPair pair = SigningKeys.generate();
        String id = SigningKeys.keyId(pair.getPublic());
        assertEquals(43, id.length());
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(SigningKeys.sha256(pair.getPublic().getEncoded())), id);
        assertNotEquals(id, SigningKeys.keyId(SigningKeys.generate().getPublic()));
    }

    @Test
    void aPublicKeyThatIsNotEd25519IsMalformed() throws Exception {
        String rsa = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded());
        assertCode(ProtocolException.MALFORMED, () -> SigningKeys.decodePublic(rsa));
        assertCode(ProtocolException.MALFORMED, () -> SigningKeys.decodePublic("not base64!"));
        assertCode(ProtocolException.MALFORMED, () -> SigningKeys.decodePublic(null));
    }
}
