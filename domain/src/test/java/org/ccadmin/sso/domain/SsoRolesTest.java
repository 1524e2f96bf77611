package org.ccadmin.sso.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.sso.domain.SsoRoles.AgentFacts;
import org.ccadmin.sso.domain.SsoRoles.GroupMapping;
import org.junit.jupiter.api.Test;

class SsoRolesTest {

    private static final GroupMapping MAPPING = new GroupMapping(List.of("cc-admins"), List.of("cc-supervisors"));
    private static final AgentFacts SSO_SUPERVISOR = new AgentFacts(true, true, true);

    @Test
    void aLocalAccountsNameNeverSignsInThroughTheProviderNotEvenWithAMappedGroup() {
        SignInRefusedException e = assertThrows(SignInRefusedException.class,
                () -> SsoRoles.decide("admin", true, null, List.of("cc-admins"), MAPPING, SsoState.SSO));
        assertTrue(e.getMessage().contains("admin is a local account"), e.getMessage());
    }

    @Test
    void anSsoEnabledSupervisorBecomesSupervisorInHybrid() {
        assertEquals(Set.of(Role.SUPERVISOR), SsoRoles.decide("sup", false, SSO_SUPERVISOR, List.of(), GroupMapping.NONE, SsoState.HYBRID));
    }

    @Test
    void aSupervisorNotSsoEnabledIsRefusedInHybridButAcceptedInSso() {
        AgentFacts notSso = new AgentFacts(true, true, false);
        SignInRefusedException e = assertThrows(SignInRefusedException.class,
                () -> SsoRoles.decide("sup", false, notSso, List.of("cc-admins"), MAPPING, SsoState.HYBRID));
        assertTrue(e.getMessage().contains("not SSO-enabled"), e.getMessage());
        assertEquals(Set.of(Role.SUPERVISOR), SsoRoles.decide("sup", false, notSso, List.of(), GroupMapping.NONE, SsoState.SSO));
    }

    @Test
    void anAgentWithoutTheSupervisorFlagOrLoginIsRefusedWithTheReason() {
        SignInRefusedException plain = assertThrows(SignInRefusedException.class,
                () -> SsoRoles.decide("ann", false, new AgentFacts(false, true, true), List.of(), GroupMapping.NONE, SsoState.SSO));
        assertTrue(plain.getMessage().contains("without the supervisor flag"), plain.getMessage());
        SignInRefusedException disabled = assertThrows(SignInRefusedException.class,
                () -> SsoRoles.decide("ann", false, new AgentFacts(true, false, true), List.of(), GroupMapping.NONE, SsoState.SSO));
        assertTrue(disabled.getMessage().contains("login disabled"), disabled.getMessage());
    }

    @Test
    void theGroupMappingGrantsRolesToSomeoneUnknownAndAddsToAnAgent() {
        assertEquals(Set.of(Role.ADMINISTRATOR), SsoRoles.decide("x", false, null, List.of("cc-admins", "other"), MAPPING, SsoState.HYBRID));
        assertEquals(Set.of(Role.SUPERVISOR), SsoRoles.decide("x", false, null, List.of("cc-supervisors"), MAPPING, SsoState.SSO));
        assertEquals(Set.of(Role.ADMINISTRATOR, Role.SUPERVISOR),
                SsoRoles.decide("sup", false, SSO_SUPERVISOR, List.of("cc-admins"), MAPPING, SsoState.HYBRID));
    }

    @Test
    void nobodyMatchingIsRefusedNamingTheUser() {
        SignInRefusedException e = assertThrows(SignInRefusedException.class,
                () -> SsoRoles.decide("stranger", false, null, List.of("other"), MAPPING, SsoState.SSO));
        assertTrue(e.getMessage().startsWith("Signed in at the identity provider as stranger, but stranger is neither"), e.getMessage());
    }

    @Test
    void nothingGoesThroughTheIdentityProviderInNonSso() {
        assertThrows(SignInRefusedException.class,
                () -> SsoRoles.decide("x", false, null, List.of(), GroupMapping.NONE, SsoState.NON_SSO));
        assertThrows(SignInRefusedException.class,
                () -> SsoRoles.decide("x", false, null, List.of("cc-admins"), MAPPING, SsoState.NON_SSO));
    }
}
