package org.ccadmin.sso.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.identity.application.PasswordCheck;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.infrastructure.WallClock;
import org.ccadmin.sso.domain.IdTokenClaims;
import org.ccadmin.sso.domain.IdentityProvider;
import org.ccadmin.sso.domain.SignInPolicy;
import org.ccadmin.sso.domain.SignInRefusedException;
import org.ccadmin.sso.domain.SsoGlobalState;
import org.ccadmin.sso.domain.SsoState;
import org.ccadmin.sso.domain.TokenRules;
import org.ccadmin.sso.infrastructure.OpenIdProvider;
import org.ccadmin.sso.infrastructure.ProviderMetadata;

/**
 * Authenticates an agent's sign-in event: a non-SSO agent ({@link SignInPolicy}) gives its password, an SSO
 * agent an ID token of the configured identity provider, verified like a console sign-in's except for the
 * nonce (the agent's own client obtained it): signature, issuer, audience = client id, expiry, and the
 * user-name claim must name this agent. A refusal is logged with the user name and the reason, never a secret.
 */
@Stateless
@PermitAll
public class AgentCredentials {

    private static final Logger LOG = Logger.getLogger(AgentCredentials.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordCheck passwords;

    @Inject
    private OpenIdProvider provider;

    /** Token expiry is judged against the identity provider's time, never the simulated licensing clock. */
    @Inject
    @WallClock
    private Clock clock;

    /** Returns if the credentials sign {@code agent} in; throws {@link SignInRefusedException} otherwise. */
    public void verify(Agent agent, String password, String idToken) {
        SsoState state = em.find(SsoGlobalState.class, SsoGlobalState.ID).state();
        try {
            if (SignInPolicy.passwordAllowed(state, true, agent.ssoEnabled())) {
                byPassword(agent, password);
            } else {
                byToken(agent, idToken, state);
            }
            // After the credentials: only someone who proved to be the agent learns that its login is disabled.
            if (!agent.loginEnabled()) {
                throw SignInRefusedException.refused("Agent " + agent.userName() + " may not sign in: its login is disabled.");
            }
        } catch (SignInRefusedException e) {
            LOG.warning("Agent sign-in refused for " + agent.userName() + " (" + e.code() + "): " + e.getMessage());
            throw e;
        }
    }

    private void byPassword(Agent agent, String password) {
        if (password == null || password.isEmpty()) {
            throw new SignInRefusedException(SignInRefusedException.CREDENTIALS_REQUIRED, "Agent " + agent.userName()
                    + " signs in with its password: give password.");
        }
        if (!agent.hasPassword()) {
            passwords.spendTime(password.toCharArray());
            throw SignInRefusedException.refused("Agent " + agent.userName() + " has no password set.");
        }
        if (!passwords.matches(agent.userName(), password.toCharArray(), agent.passwordHash())) {
            throw SignInRefusedException.refused("The password of agent " + agent.userName() + " is wrong.");
        }
    }

    private void byToken(Agent agent, String idToken, SsoState state) {
        if (idToken == null || idToken.isBlank()) {
            throw new SignInRefusedException(SignInRefusedException.CREDENTIALS_REQUIRED,
                    SignInPolicy.passwordRefusal(state, agent.userName()) + " Give idToken: an ID token of the identity provider.");
        }
        IdentityProvider idp = em.find(IdentityProvider.class, IdentityProvider.ID);
        Instant now = clock.instant();
        ProviderMetadata m = provider.metadata(idp.discoveryUri(), now);
        IdTokenClaims claims = provider.verifiedClaims(idToken.strip(), m, idp.issuer(), now);
        TokenRules.check(claims, idp.issuer(), idp.clientId(), null, now);
        String named = TokenRules.userName(claims, idp.userNameClaim());
        if (!Names.key(named).equals(Names.key(agent.userName()))) {
            throw SignInRefusedException.refused("The token signs in " + named + ", not agent " + agent.userName() + ".");
        }
    }
}
