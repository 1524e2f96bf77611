package org.ccadmin.shared.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the password check of this request learned beyond valid or not: whether the account is an agent's
 * (its console session is then re-checked on each request, {@link AgentSession}), and why a correct password
 * was still refused by the single sign-on state. The reason is set only after the password matched, so the
 * sign-in form never tells whether a user exists.
 */
@RequestScoped
public class SignInAttempt {

    private boolean agent;
    private String refusal;

    void accepted(boolean agent) {
        this.agent = agent;
    }

    void refused(String reason) {
        this.refusal = reason;
    }

    boolean agent() {
        return agent;
    }

    /** Why the user's correct password was refused, or null (wrong password, unknown user, or accepted). */
    public String refusal() {
        return refusal;
    }
}
