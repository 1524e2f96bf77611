package org.ccadmin.licensing.protocol;

import static org.ccadmin.licensing.protocol.SignedMessageTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class RegistrationTokenTest {

    private final KeyPair authority = SigningKeys.generate();

    @Test
    void aTokenIsSixtyFourUrlSafeCharactersAndParsesBack() {
        RegistrationToken token = RegistrationToken.issue(authority.getPublic());
        String text = token.text();
        assertEquals(64, text.length());
        assertTrue(text.matches("[A-Za-z0-9_-]{64}"), text);
        RegistrationToken parsed = RegistrationToken.parse("  " + text + "\n");
        assertEquals(token, parsed);
        assertEquals(token.lookupKey(), parsed.lookupKey());
    }

    @Test
    void aTokenIsBoundToTheKeyOfTheAuthorityThatIssuedIt() {
        RegistrationToken token = RegistrationToken.parse(RegistrationToken.issue(authority.getPublic()).text());
        assertTrue(token.isIssuedBy(authority.getPublic()));
        token.checkIssuedBy(authority.getPublic());
        KeyPair impostor = SigningKeys.generate();
        assertFalse(token.isIssuedBy(impostor.getPublic()));
        assertCode(ProtocolException.TOKEN_WRONG_AUTHORITY, () -> token.checkIssuedBy(impostor.getPublic()));
    }

    @Test
    void everyTokenIsNew() {
        assertNotEquals(RegistrationToken.issue(authority.getPublic()).text(), RegistrationToken.issue(authority.getPublic()).text());
    }

    @Test
    void theLookupKeyIsNotTheToken() {
        RegistrationToken token = RegistrationToken.issue(authority.getPublic());
        assertFalse(token.text().contains(token.lookupKey()));
        assertFalse(token.toString().contains(token.text()));
    }

    @Test
    void badTokensAreMalformed() {
        String good = RegistrationToken.issue(authority.getPublic()).text();
        assertCode(ProtocolException.TOKEN_MALFORMED, () -> RegistrationToken.parse(null));
        assertCode(ProtocolException.TOKEN_MALFORMED, () -> RegistrationToken.parse(""));
        assertCode(ProtocolException.TOKEN_MALFORMED, () -> RegistrationToken.parse(good.substring(1)));
        assertCode(ProtocolException.TOKEN_MALFORMED, () -> RegistrationToken.parse(good + "A"));
        assertCode(ProtocolException.TOKEN_MALFORMED, () -> RegistrationToken.parse(good.substring(0, 63) + "+"));
        assertCode(ProtocolException.TOKEN_MALFORMED, () -> RegistrationToken.parse(good.substring(0, 63) + "="));
        assertCode(ProtocolException.TOKEN_MALFORMED, () -> RegistrationToken.parse("é".repeat(64)));
    }
}
