package org.ccadmin.sso.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignInPolicyTest {

    @Test
    void localAccountsMayAlwaysUseTheirPassword() {
        for (SsoState s : SsoState.values()) {
            assertTrue(SignInPolicy.passwordAllowed(s, false, false), s.name());
        }
    }

    @Test
    void agentsUseAPasswordInNonSsoAndInHybridWhenNotSsoEnabled() {
        assertTrue(SignInPolicy.passwordAllowed(SsoState.NON_SSO, true, true));
        assertTrue(SignInPolicy.passwordAllowed(SsoState.HYBRID, true, false));
        assertFalse(SignInPolicy.passwordAllowed(SsoState.HYBRID, true, true));
        assertFalse(SignInPolicy.passwordAllowed(SsoState.SSO, true, false));
    }

    @Test
    void theIdentityProviderServesSsoEveryoneAndInHybridOnlySsoEnabledAgents() {
        assertFalse(SignInPolicy.identityProviderAllowed(SsoState.NON_SSO, true, true));
        assertFalse(SignInPolicy.identityProviderAllowed(SsoState.NON_SSO, false, false));
        assertTrue(SignInPolicy.identityProviderAllowed(SsoState.HYBRID, true, true));
        assertFalse(SignInPolicy.identityProviderAllowed(SsoState.HYBRID, true, false));
        assertTrue(SignInPolicy.identityProviderAllowed(SsoState.HYBRID, false, false));
        assertTrue(SignInPolicy.identityProviderAllowed(SsoState.SSO, true, false));
    }

    @Test
    void refusalsNameTheUserAndTheState() {
        assertTrue(SignInPolicy.passwordRefusal(SsoState.SSO, "jdoe").contains("jdoe"));
        assertTrue(SignInPolicy.passwordRefusal(SsoState.HYBRID, "jdoe").contains("HYBRID"));
    }

    @Test
    void aPasswordSessionGoesOnOnlyWhileTheAgentStillMaySignInWithItsPassword() {
        SsoRoles.AgentFacts fine = new SsoRoles.AgentFacts(true, true, false);
        assertTrue(SignInPolicy.passwordSessionRefusal(SsoState.HYBRID, "lead", fine).isEmpty());
        assertTrue(SignInPolicy.passwordSessionRefusal(SsoState.NON_SSO, "lead", new SsoRoles.AgentFacts(true, true, true)).isEmpty());
        assertTrue(SignInPolicy.passwordSessionRefusal(SsoState.HYBRID, "lead", null).orElseThrow().contains("no longer exists"));
        assertTrue(SignInPolicy.passwordSessionRefusal(SsoState.HYBRID, "lead", new SsoRoles.AgentFacts(true, false, false))
                .orElseThrow().contains("disabled"));
        assertTrue(SignInPolicy.passwordSessionRefusal(SsoState.HYBRID, "lead", new SsoRoles.AgentFacts(false, true, false))
                .orElseThrow().contains("no longer a supervisor"));
        assertEquals(SignInPolicy.passwordRefusal(SsoState.SSO, "lead"),
                SignInPolicy.passwordSessionRefusal(SsoState.SSO, "lead", fine).orElseThrow());
        assertEquals(SignInPolicy.passwordRefusal(SsoState.HYBRID, "lead"),
                SignInPolicy.passwordSessionRefusal(SsoState.HYBRID, "lead", new SsoRoles.AgentFacts(true, true, true)).orElseThrow());
    }
}
