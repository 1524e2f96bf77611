package org.ccadmin.licensing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import org.ccadmin.licensing.application.AuthorityConnection;
import org.ccadmin.licensing.application.AuthorityException;
import org.ccadmin.licensing.application.AuthorityRefused;
import org.ccadmin.licensing.application.AuthorityRegistration;
import org.ccadmin.licensing.application.AuthorityUnreachable;
import org.ccadmin.licensing.application.RegistrationRequest;
import org.ccadmin.licensing.domain.Authorization;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.domain.EntitlementStatus;
import org.ccadmin.licensing.domain.LicenseType;
import org.ccadmin.licensing.domain.TransportSettings;
import org.ccadmin.licensing.domain.UsageMode;
import org.ccadmin.licensing.protocol.SigningKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter against a loopback authority: signed requests, verified answers, and every answer that must
 * not be believed (tampered, replayed, stale, signed by another authority than the token's) refused with its
 * reason; no answer at all is "unreachable".
 */
class HttpLicenseAuthorityTest {

    private final Clock clock = Clock.systemUTC();
    private final KeyPair product = SigningKeys.generate();
    private TestAuthority authority;
    private HttpLicenseAuthority adapter;

    @BeforeEach
    void start() throws IOException {
        authority = new TestAuthority(clock);
        adapter = new HttpLicenseAuthority(new AuthorityEndpoint(authority.baseUrl()), clock);
    }

    @AfterEach
    void stop() {
        authority.close();
    }

    private AuthorityConnection connection(String authorityKey) {
        return new AuthorityConnection(TransportSettings.direct(), null, SigningKeys.encodePublic(product.getPublic()),
                SigningKeys.encodePrivate(product.getPrivate()), authorityKey);
    }

    private AuthorityRegistration register() throws AuthorityException {
        return adapter.register(connection(null), new RegistrationRequest(authority.token.text(), "ccadmin-test",
                LicenseType.FLEX, UsageMode.PRODUCTION, DeploymentType.UNIFIED_CCE_2000_AGENTS,
                List.of(Entitlement.STANDARD_AGENT, Entitlement.PREMIUM_AGENT)));
    }

    @Test
    void aRegistrationIsSignedByTheProductAndItsAnswerVerifiedWithTheTokensAuthority() throws AuthorityException {
        AuthorityRegistration r = register();
        assertEquals("PI-1", r.certificate().instanceId());
        assertEquals("VA-East", r.certificate().virtualAccount());
        assertEquals(2, r.authorizations().size());
        assertEquals(SigningKeys.encodePublic(authority.keys.getPublic()), r.authorityPublicKey());
        assertEquals(SigningKeys.encodePublic(product.getPublic()), authority.lastProductKey, "proof of possession verified");
    }

    @Test
    void laterAnswersAreVerifiedWithTheStoredAuthorityKey() throws AuthorityException {
        String key = register().authorityPublicKey();
        List<Authorization> answer = adapter.authorize(connection(key), "PI-1", LicenseType.FLEX, UsageMode.PRODUCTION,
                List.of(Entitlement.PREMIUM_AGENT));
        assertEquals(EntitlementStatus.NOT_AUTHORIZED, answer.get(0).status());

        String otherKey = SigningKeys.encodePublic(SigningKeys.generate().getPublic());
        AuthorityRefused wrongKey = assertThrows(AuthorityRefused.class, () -> adapter.authorize(connection(otherKey), "PI-1",
                LicenseType.FLEX, UsageMode.PRODUCTION, List.of(Entitlement.PREMIUM_AGENT)));
        assertEquals("message.badSignature", wrongKey.code());
    }

    @Test
    void aTamperedAnswerIsRefused() {
        authority.behaviour = TestAuthority.Behaviour.TAMPERED;
        assertEquals("message.badSignature", assertThrows(AuthorityRefused.class, this::register).code());
    }

    @Test
    void aReplayedAnswerToAnotherRequestIsRefused() {
        authority.behaviour = TestAuthority.Behaviour.REPLAYED;
        AuthorityRefused e = assertThrows(AuthorityRefused.class, this::register);
        assertEquals("message.unexpected", e.code());
        assertTrue(e.getMessage().contains("not for the request just sent"), e.getMessage());
    }

    @Test
    void aStaleAnswerIsRefused() {
        authority.behaviour = TestAuthority.Behaviour.STALE;
        assertEquals("message.stale", assertThrows(AuthorityRefused.class, this::register).code());
    }

    @Test
    void anAnswerSignedByAnotherAuthorityThanTheTokensIsRefused() {
        authority.behaviour = TestAuthority.Behaviour.OTHER_AUTHORITY;
        assertEquals("token.wrongAuthority", assertThrows(AuthorityRefused.class, this::register).code());
    }

    @Test
    void aRefusalExplainsItself() {
        authority.behaviour = TestAuthority.Behaviour.REFUSE_TOKEN;
        AuthorityRefused e = assertThrows(AuthorityRefused.class, this::register);
        assertEquals("token.unknown", e.code());
        assertEquals("No such registration token.", e.getMessage());
    }

    @Test
    void aMalformedTokenIsRefusedWithoutContactingTheAuthority() {
        AuthorityRefused e = assertThrows(AuthorityRefused.class, () -> adapter.register(connection(null),
                new RegistrationRequest("not-a-token", "x", LicenseType.FLEX, UsageMode.PRODUCTION,
                        DeploymentType.PACKAGED_CCE, List.of())));
        assertEquals("token.malformed", e.code());
        assertEquals(0, authority.requests);
    }

    @Test
    void aServerThatIsNoAuthorityAndAClosedPortAreUnreachable() throws IOException {
        authority.behaviour = TestAuthority.Behaviour.NOT_AN_AUTHORITY;
        AuthorityUnreachable notAuthority = assertThrows(AuthorityUnreachable.class, this::register);
        assertTrue(notAuthority.getMessage().contains("HTTP 404"), notAuthority.getMessage());

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        adapter = new HttpLicenseAuthority(new AuthorityEndpoint("http://127.0.0.1:" + closed + "/authority"), clock);
        AuthorityUnreachable refused = assertThrows(AuthorityUnreachable.class, this::register);
        assertEquals("authority.unreachable", refused.code());
    }

    @Test
    void aProxyThatIsDownIsUnreachableAndNamed() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        AuthorityConnection viaProxy = new AuthorityConnection(TransportSettings.httpProxy("127.0.0.1", closed), null,
                SigningKeys.encodePublic(product.getPublic()), SigningKeys.encodePrivate(product.getPrivate()), null);
        AuthorityUnreachable e = assertThrows(AuthorityUnreachable.class, () -> adapter.register(viaProxy,
                new RegistrationRequest(authority.token.text(), "x", LicenseType.FLEX, UsageMode.PRODUCTION,
                        DeploymentType.PACKAGED_CCE, List.of())));
        assertTrue(e.getMessage().contains("via proxy 127.0.0.1:" + closed), e.getMessage());
        assertEquals(0, authority.requests);
    }

    @Test
    void theGatewayUrlIsTheAuthoritysBase() {
        assertEquals("https://ssm.example.com/authority",
                adapter.base(TransportSettings.transportGateway("https://ssm.example.com/authority/")).toString());
        assertEquals(authority.baseUrl(), adapter.base(TransportSettings.direct()).toString());
    }
}
