package org.ccadmin.sso.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccadmin.identity.domain.Role;

/**
 * The roles of someone the identity provider signed in as {@code userName}. A name that is a local account's
 * (enabled or not) is refused: local accounts are the break-glass accounts and use their password only, and a
 * user-name claim is not proof of being that account (at many providers users can choose or change it), so an
 * identity provider's user must never take a local administrator's roles by its name. Otherwise an agent of that name with the supervisor flag and login enabled becomes a
 * supervisor, if the state lets that agent use the identity provider ({@link SignInPolicy}). The group mapping
 * adds administrator or supervisor for members of the mapped groups, and alone suffices for someone who is
 * neither; it never overrides the state's rule for an agent. No role at all is a refusal that says why.
 */
public final class SsoRoles {

    /** What the database knows of an agent with the signed-in name. */
    public record AgentFacts(boolean supervisor, boolean loginEnabled, boolean ssoEnabled) {
    }

    /** The mapping of the identity provider settings. */
    public record GroupMapping(List<String> administratorGroups, List<String> supervisorGroups) {
        public static final GroupMapping NONE = new GroupMapping(List.of(), List.of());
    }

    private SsoRoles() {
    }

    /** The roles; refused ({@link SignInRefusedException}) when there are none. */
    public static Set<String> decide(String userName, boolean localAccount, AgentFacts agent, List<String> groups,
            GroupMapping mapping, SsoState state) {
        if (localAccount) {
            throw SignInRefusedException.refused(userName + " is a local account: local accounts sign in with their"
                    + " password only, never through the identity provider. Administrators who use the identity provider"
                    + " get their role from the group mapping, under a name that is not a local account's.");
        }
        Set<String> roles = new LinkedHashSet<>();
        if (groups.stream().anyMatch(mapping.administratorGroups()::contains)) {
            roles.add(Role.ADMINISTRATOR);
        }
        if (groups.stream().anyMatch(mapping.supervisorGroups()::contains)) {
            roles.add(Role.SUPERVISOR);
        }
        if (agent != null) {
            if (!SignInPolicy.identityProviderAllowed(state, true, agent.ssoEnabled())) {
                throw SignInRefusedException.refused(SignInPolicy.identityProviderRefusal(state, userName));
            }
            if (!agent.loginEnabled()) {
                throw SignInRefusedException.refused("Signed in at the identity provider as " + userName
                        + ", but the agent " + userName + " may not log in (login disabled).");
            }
            if (agent.supervisor()) {
                roles.add(Role.SUPERVISOR);
            }
            if (roles.isEmpty()) {
                throw SignInRefusedException.refused("Signed in at the identity provider as " + userName
                        + ", but " + userName + " is an agent without the supervisor flag: only supervisors and"
                        + " administrators use the console.");
            }
        } else if (state == SsoState.NON_SSO) {
            throw SignInRefusedException.refused(SignInPolicy.identityProviderRefusal(state, userName));
        }
        if (roles.isEmpty()) {
            throw SignInRefusedException.refused("Signed in at the identity provider as " + userName + ", but "
                    + userName + " is neither a local account nor a supervisor here, nor in a group the role mapping names.");
        }
        return Set.copyOf(roles);
    }
}
