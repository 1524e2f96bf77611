package org.ccadmin.sso.domain;

import java.util.Optional;

/**
 * Who may sign in how, by global state. Local accounts (the break-glass administrators) may always use their
 * password, so a broken identity provider never locks everyone out. An agent (supervisor or not) may use a
 * password only in NON_SSO, or in HYBRID while its "SSO enabled" flag is off; in SSO every agent needs the
 * identity provider. The same rule serves the console, the API's Basic sign-in and the agent-sessions sign-in.
 */
public final class SignInPolicy {

    private SignInPolicy() {
    }

    public static boolean passwordAllowed(SsoState state, boolean agent, boolean ssoEnabled) {
        if (!agent) {
            return true;
        }
        return switch (state) {
            case NON_SSO -> true;
            case HYBRID -> !ssoEnabled;
            case SSO -> false;
        };
    }

    public static boolean identityProviderAllowed(SsoState state, boolean agent, boolean ssoEnabled) {
        return switch (state) {
            case NON_SSO -> false;
            case HYBRID -> !agent || ssoEnabled;
            case SSO -> true;
        };
    }

    /** Why {@code userName} may not use a password (only meaningful when {@link #passwordAllowed} is false). */
    public static String passwordRefusal(SsoState state, String userName) {
        return state == SsoState.SSO
                ? "Single sign-on is on for everyone (state SSO): agent " + userName + " must sign in through the identity provider."
                : "Agent " + userName + " is SSO-enabled (state HYBRID): it must sign in through the identity provider.";
    }

    /** Why {@code userName} may not use the identity provider (only meaningful when {@link #identityProviderAllowed} is false). */
    public static String identityProviderRefusal(SsoState state, String userName) {
        return state == SsoState.NON_SSO
                ? "Single sign-on is off (state NON_SSO): " + userName + " signs in with a password."
                : "Agent " + userName + " is not SSO-enabled (state HYBRID): it signs in with its password.";
    }

    /**
     * Why a console session a supervisor opened with its password may not go on, or empty while it may: the
     * agent is gone, its sign-in was disabled, its supervisor flag was cleared, or the state no longer lets it
     * use a password. Checked on each request of such a session, so a change applies at once, not at the timeout.
     */
    public static Optional<String> passwordSessionRefusal(SsoState state, String userName, SsoRoles.AgentFacts agent) {
        if (agent == null) {
            return Optional.of("The agent " + userName + " no longer exists.");
        }
        if (!agent.loginEnabled()) {
            return Optional.of("Sign-in of agent " + userName + " has been disabled.");
        }
        if (!agent.supervisor()) {
            return Optional.of("Agent " + userName + " is no longer a supervisor: only supervisors and administrators use the console.");
        }
        if (!passwordAllowed(state, true, agent.ssoEnabled())) {
            return Optional.of(passwordRefusal(state, userName));
        }
        return Optional.empty();
    }
}
