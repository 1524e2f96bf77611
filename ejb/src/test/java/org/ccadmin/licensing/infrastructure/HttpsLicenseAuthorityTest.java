package org.ccadmin.licensing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import org.ccadmin.licensing.application.AuthorityConnection;
import org.ccadmin.licensing.application.AuthorityException;
import org.ccadmin.licensing.application.AuthorityUnreachable;
import org.ccadmin.licensing.application.RegistrationRequest;
import org.ccadmin.licensing.domain.CaCertificate;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.domain.LicenseType;
import org.ccadmin.licensing.domain.TransportSettings;
import org.ccadmin.licensing.domain.UsageMode;
import org.ccadmin.licensing.protocol.SigningKeys;
import org.junit.jupiter.api.Test;

/**
 * HTTPS to an on-premises authority through the Transport Gateway: trusted once its CA certificate is uploaded
 * (no restart, no keystore), refused without it, and refused when the certificate does not name the host.
 * The test certificates (resources {@code licensing/*.p12}, CA {@code authority-ca.pem}) are valid until 2036.
 */
class HttpsLicenseAuthorityTest {

    private final Clock clock = Clock.systemUTC();
    private final KeyPair product = SigningKeys.generate();

    private static CaCertificate ca() throws IOException {
        try (InputStream in = HttpsLicenseAuthorityTest.class.getResourceAsStream("/licensing/authority-ca.pem")) {
            return CaCertificate.parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    private void register(TestAuthority authority, CaCertificate ca) throws AuthorityException {
        AuthorityConnection connection = new AuthorityConnection(TransportSettings.transportGateway(authority.baseUrl()), ca,
                SigningKeys.encodePublic(product.getPublic()), SigningKeys.encodePrivate(product.getPrivate()), null);
        // The Direct URL is never used: the gateway's is.
        new HttpLicenseAuthority(new AuthorityEndpoint("http://127.0.0.1:1/authority"), clock).register(connection,
                new RegistrationRequest(authority.token.text(), "ccadmin-test", LicenseType.FLEX, UsageMode.PRODUCTION,
                        DeploymentType.PACKAGED_CCE, List.of(Entitlement.PREMIUM_AGENT)));
    }

    @Test
    void theUploadedCaMakesTheAuthorityTrusted() throws Exception {
        try (TestAuthority authority = TestAuthority.https(clock, "server.p12")) {
            register(authority, ca());
            assertEquals(1, authority.requests);
        }
    }

    @Test
    void withoutTheCaTheAuthorityIsNotTrusted() throws IOException, GeneralSecurityException {
        try (TestAuthority authority = TestAuthority.https(clock, "server.p12")) {
            AuthorityUnreachable e = assertThrows(AuthorityUnreachable.class, () -> register(authority, null));
            assertTrue(e.getMessage().contains("not trusted"), e.getMessage());
            assertEquals(0, authority.requests);
        }
    }

    @Test
    void aCertificateForAnotherHostIsRefusedEvenFromTheTrustedCa() throws IOException, GeneralSecurityException {
        try (TestAuthority authority = TestAuthority.https(clock, "wrong.p12")) {
            AuthorityUnreachable e = assertThrows(AuthorityUnreachable.class, () -> register(authority, ca()));
            assertTrue(e.getMessage().contains("HTTPS"), e.getMessage());
            assertEquals(0, authority.requests);
        }
    }
}
