package org.ccadmin.sso.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccadmin.sso.domain.SignInPolicy;
import org.ccadmin.sso.domain.SignInRefusedException;

/**
 * Whether the console session of an agent (a supervisor) may go on: asked on each of its requests, so that
 * clearing the supervisor flag, disabling sign-in or switching the SSO state ends the session at once instead
 * of at the inactivity timeout. It reads the database (one agent row and the state), never a node's memory, so
 * a change made on one node of a cluster applies on all. Local accounts are not asked: their sessions are
 * the break-glass administrators'.
 */
@Stateless
@PermitAll
public class ConsoleSessionCheck {

    @Inject
    private SsoSignIn sso;

    /**
     * Why the session of {@code userName}, opened with its password or ({@code password} false) through the
     * identity provider as a member of {@code groups}, with {@code roles}, may not go on; empty while it may.
     */
    public Optional<String> refusal(String userName, Set<String> roles, boolean password, List<String> groups) {
        if (password) {
            return SignInPolicy.passwordSessionRefusal(sso.state(), userName, sso.agentFacts(userName));
        }
        try {
            Set<String> now = sso.roles(userName, groups);
            return now.containsAll(roles) ? Optional.empty()
                    : Optional.of("The roles of " + userName + " have changed (now " + String.join(", ", now.stream().sorted().toList())
                            + "): sign in again.");
        } catch (SignInRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }
}
