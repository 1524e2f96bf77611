package org.ccadmin.sso.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class IdentityProviderTest {

    private final IdentityProvider idp = new IdentityProvider() { };

    private static IdentityProviderChange complete() {
        return new IdentityProviderChange("https://idp.example.com/realms/cc", "ccadmin", "secret", null, null, null, null, null);
    }

    @Test
    void aCompleteProviderIsConfiguredWithDefaultsAndTheSecretOnlyEncrypted() {
        idp.revise(complete(), s -> "enc(" + s + ")", SsoState.NON_SSO);
        assertTrue(idp.isConfigured());
        assertEquals("enc(secret)", idp.encryptedClientSecret());
        assertEquals(Set.of("openid", "profile", "email"), idp.scopeSet());
        assertEquals("preferred_username", idp.userNameClaim());
        assertEquals("https://idp.example.com/realms/cc/.well-known/openid-configuration", idp.discoveryUri().toString());
        assertFalse(idp.auditState().toString().contains("secret)"), "never audited");
    }

    @Test
    void badInputNamesEachField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> idp.revise(new IdentityProviderChange(
                "ftp://x?y", null, null, "profile", "bad claim", null, List.of("admins"), null), s -> s, SsoState.NON_SSO));
        assertEquals(Set.of("issuer", "clientId", "scopes", "userNameClaim", "administratorGroups"),
                e.errors().stream().map(f -> f.field()).collect(Collectors.toSet()));
        assertNull(idp.issuer(), "nothing changed");
    }

    @Test
    void theIssuerMustBeHttpsUnlessItIsOnLoopback() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> idp.revise(new IdentityProviderChange(
                "http://idp.example.com/realms/cc", "ccadmin", "secret", null, null, null, null, null), s -> s, SsoState.NON_SSO));
        assertEquals(List.of("issuer"), e.errors().stream().map(f -> f.field()).toList());
        assertTrue(e.errors().get(0).message().contains("The issuer http://idp.example.com/realms/cc is not https"),
                e.errors().get(0).message());
        assertNull(idp.issuer(), "nothing changed");
        for (String lab : List.of("http://localhost:8180/realms/cc", "http://127.0.0.1:9000/cc", "http://[::1]:9000/cc",
                "https://idp.example.com/realms/cc")) {
            idp.revise(new IdentityProviderChange(lab, "ccadmin", "secret", null, null, null, null, null), s -> s, SsoState.NON_SSO);
            assertEquals(lab, idp.issuer());
        }
    }

    @Test
    void theGroupMappingNeedsAGroupClaimAndKeepsItsGroups() {
        idp.revise(new IdentityProviderChange(null, null, null, null, null, "groups", List.of("a", " b ", "a"), List.of("s")),
                s -> s, SsoState.NON_SSO);
        assertEquals(List.of("a", "b"), idp.administratorGroups());
        assertEquals(List.of("s"), idp.supervisorGroups());
    }

    @Test
    void theProviderCannotBeUnconfiguredWhileSignInsUseIt() {
        idp.revise(complete(), s -> s, SsoState.NON_SSO);
        ConflictException e = assertThrows(ConflictException.class, () -> idp.revise(
                new IdentityProviderChange(null, null, "", null, null, null, null, null), s -> s, SsoState.HYBRID));
        assertEquals("clientSecret", e.errors().get(0).field());
        assertTrue(idp.isConfigured());
    }

    @Test
    void theGlobalStateNeedsAConfiguredProviderForHybridAndSso() {
        SsoGlobalState state = new SsoGlobalState() { };
        ConflictException e = assertThrows(ConflictException.class, () -> state.change(SsoState.HYBRID, false));
        assertEquals("conflict.identityProviderNotConfigured", e.code());
        state.change(SsoState.SSO, true);
        assertEquals(SsoState.SSO, state.state());
        state.change(SsoState.NON_SSO, false);
        assertEquals(SsoState.NON_SSO, state.state());
    }
}
