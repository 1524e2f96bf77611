package org.ccadmin.sso.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.Payload;
import java.time.Instant;
import java.util.List;
import org.ccadmin.sso.domain.IdTokenClaims;
import org.ccadmin.sso.domain.SignInRefusedException;
import org.junit.jupiter.api.Test;

class TokenPayloadTest {

    private static IdTokenClaims read(String json) {
        return TokenPayload.claims("JWT", new Payload(json).toJSONObject());
    }

    private static String refusal(String json) {
        return assertThrows(SignInRefusedException.class, () -> read(json)).getMessage();
    }

    @Test
    void theRegisteredClaimsAreRead() {
        IdTokenClaims c = read("{\"iss\":\"https://idp\",\"aud\":\"ccadmin\",\"azp\":\"desk\",\"exp\":1777630000,"
                + "\"iat\":1777629000.5,\"nonce\":\"n\",\"typ\":\"ID\",\"groups\":[\"a\"]}");
        assertEquals("https://idp", c.issuer());
        assertEquals(List.of("ccadmin"), c.audience());
        assertEquals("desk", c.authorizedParty());
        assertEquals(Instant.ofEpochSecond(1777630000), c.expiresAt());
        assertEquals(Instant.ofEpochMilli(1777629000500L), c.issuedAt());
        assertNull(c.notBefore());
        assertEquals("n", c.nonce());
        assertEquals("JWT", c.type());
        assertEquals(List.of("a"), c.groups("groups"));
        assertEquals(List.of("x", "y"), read("{\"aud\":[\"x\",\"y\"]}").audience());
    }

    @Test
    void aClaimOfTheWrongTypeIsRefusedByName() {
        assertEquals("The token's claim azp is not a text.", refusal("{\"azp\":5}"));
        assertEquals("The token's claim nonce is not a text.", refusal("{\"nonce\":[\"n\"]}"));
        assertEquals("The token's claim iss is not a text.", refusal("{\"iss\":{\"a\":1}}"));
        assertEquals("The token's claim nbf is not a time in seconds since 1970 (a number).", refusal("{\"nbf\":\"soon\"}"));
        assertEquals("The token's claim iat is not a time in seconds since 1970 (a number).", refusal("{\"iat\":true}"));
        assertEquals("The token's claim exp is not a time in seconds since 1970 (a number).", refusal("{\"exp\":\"1777630000\"}"));
        assertEquals("The token's claim aud is not a text or a list of texts.", refusal("{\"aud\":[\"ccadmin\",3]}"));
    }

    @Test
    void aPayloadThatIsNotAJsonObjectIsRefused() {
        assertEquals("The token's claims are not a JSON object.",
                assertThrows(SignInRefusedException.class, () -> TokenPayload.claims(null, new Payload("[1,2]").toJSONObject()))
                        .getMessage());
    }
}
