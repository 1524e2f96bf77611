package org.ccadmin.sso.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.identity.domain.UserAccount;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.infrastructure.WallClock;
import org.ccadmin.sso.domain.IdTokenClaims;
import org.ccadmin.sso.domain.IdentityProvider;
import org.ccadmin.sso.domain.PendingSignIn;
import org.ccadmin.sso.domain.SignInPolicy;
import org.ccadmin.sso.domain.SignInRefusedException;
import org.ccadmin.sso.domain.SsoGlobalState;
import org.ccadmin.sso.domain.SsoRoles;
import org.ccadmin.sso.domain.SsoState;
import org.ccadmin.sso.domain.TokenRules;
import org.ccadmin.sso.infrastructure.OpenIdProvider;
import org.ccadmin.sso.infrastructure.ProviderMetadata;
import org.ccadmin.sso.infrastructure.SecretKeys;

/**
 * Console sign-in through the identity provider: the authorization code flow with PKCE (S256), {@code state}
 * and {@code nonce} (OpenID Connect Core §3.1). {@link #begin} stores the pending sign-in in the database and
 * gives the authorization request; {@link #complete} consumes it (once: a replayed or late callback finds
 * nothing), exchanges the code, verifies the ID token and decides the roles ({@link SsoRoles}). A refusal
 * commits too, so the pending sign-in is gone whatever the outcome; it is logged with user name and reason only.
 */
@Stateless
@PermitAll
public class SsoSignIn {

    private static final Logger LOG = Logger.getLogger(SsoSignIn.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OpenIdProvider provider;

    @Inject
    private SecretKeys keys;

    @Inject
    private PendingSignInCap cap;

    /** Token expiry is judged against the identity provider's time, never the simulated licensing clock. */
    @Inject
    @WallClock
    private Clock clock;

    public SsoState state() {
        return em.find(SsoGlobalState.class, SsoGlobalState.ID).state();
    }

    /** Whether the sign-in page offers single sign-on: the state is HYBRID or SSO (which implies a configured provider). */
    public boolean available() {
        return state() != SsoState.NON_SSO && idp().isConfigured();
    }

    /** Whether an account (agent or local, as the password sign-in found it) may sign in with its password now. */
    public boolean passwordAllowed(boolean agent, boolean ssoEnabled) {
        return !agent || SignInPolicy.passwordAllowed(state(), true, ssoEnabled);
    }

    /** Starts a sign-in; refused while single sign-on is off or the provider cannot be reached. */
    public ConsoleSignIn.Start begin(String target, URI redirectUri, String browserBinding) {
        if (!available()) {
            throw SignInRefusedException.refused("Single sign-on is off (state NON_SSO): sign in with your password.");
        }
        IdentityProvider idp = idp();
        Instant now = clock.instant();
        ProviderMetadata m = provider.metadata(idp.discoveryUri(), now);
        makeRoom(now);
        PendingSignIn pending = new PendingSignIn(random(32), random(32), random(64), target, now, browserBinding);
        em.persist(pending);
        String query = "response_type=code&client_id=" + enc(idp.clientId()) + "&redirect_uri=" + enc(redirectUri.toString())
                + "&scope=" + enc(idp.scopes()) + "&state=" + enc(pending.state()) + "&nonce=" + enc(pending.nonce())
                + "&code_challenge=" + enc(challenge(pending.codeVerifier())) + "&code_challenge_method=S256";
        String endpoint = m.authorizationEndpoint().toString();
        return new ConsoleSignIn.Start(URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + query));
    }

    /**
     * Purges the expired pending sign-ins, then, when the cap ({@link PendingSignInCap}) is reached, evicts the
     * oldest ones so that the new one fits ({@link PendingSignIn#toEvict}). Counted in the database, under the
     * lock of the global state row, so that the nodes of a cluster take turns and together never pass the cap
     * (the lock is taken after the provider was asked, so a slow provider does not hold it).
     */
    private void makeRoom(Instant now) {
        // A refresh, not a find: the row was read already, and locking a read row would also check its version.
        em.refresh(em.find(SsoGlobalState.class, SsoGlobalState.ID), LockModeType.PESSIMISTIC_WRITE);
        Instant cutoff = PendingSignIn.expiredBefore(now);
        em.createQuery("delete from PendingSignIn p where p.createdAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
        int evict = PendingSignIn.toEvict(em.createQuery("select count(p) from PendingSignIn p", Long.class).getSingleResult(),
                cap.value());
        if (evict > 0) {
            // One statement whatever the number: everything up to the creation time of the last one to go (a few
            // more may go when they were created in the same microsecond).
            Instant last = em.createQuery("select p.createdAt from PendingSignIn p order by p.createdAt", Instant.class)
                    .setFirstResult(evict - 1).setMaxResults(1).getSingleResult();
            em.createQuery("delete from PendingSignIn p where p.createdAt <= :last").setParameter("last", last).executeUpdate();
        }
    }

    /** The callback: the pending sign-in named by {@code state} is consumed whatever the outcome. */
    public ConsoleSignIn complete(String state, String code, String error, URI redirectUri, String browserBinding) {
        PendingSignIn pending = state == null || state.length() > 64 ? null
                : em.find(PendingSignIn.class, state, LockModeType.PESSIMISTIC_WRITE);
        if (pending == null) {
            return refused(null, "This sign-in is unknown or was already completed (a replayed or stale answer of the"
                    + " identity provider). Start again.");
        }
        if (!pending.boundTo(browserBinding)) {
            // Left in place: the browser that started it may still complete it.
            return refused(null, "This sign-in was started in another browser. Start the sign-in again here.");
        }
        em.remove(pending);
        em.flush();
        Instant now = clock.instant();
        if (pending.expired(now)) {
            return refused(null, "The sign-in took longer than " + PendingSignIn.LIFETIME.toMinutes() + " minutes. Start again.");
        }
        if (error != null || code == null) {
            return refused(null, "The identity provider did not sign you in" + (error == null ? "." : " (" + error + ")."));
        }
        String userName = null;
        try {
            IdentityProvider idp = idp();
            ProviderMetadata m = provider.metadata(idp.discoveryUri(), now);
            String idToken = provider.exchange(m, idp.clientId(), clientSecret(idp), code, redirectUri, pending.codeVerifier());
            IdTokenClaims claims = provider.verifiedClaims(idToken, m, idp.issuer(), now);
            TokenRules.check(claims, idp.issuer(), idp.clientId(), pending.nonce(), now);
            userName = TokenRules.userName(claims, idp.userNameClaim());
            List<String> groups = claims.groups(idp.groupClaim());
            Set<String> roles = roles(userName, groups);
            LOG.info("Console sign-in through the identity provider: " + userName + " " + roles);
            return new ConsoleSignIn(userName, roles, idToken, pending.target(), null, isAgent(userName), List.copyOf(groups));
        } catch (SignInRefusedException e) {
            return refused(userName, e.getMessage());
        }
    }

    /** Where sign-out sends the browser to end the identity provider's session too, if it supports that. */
    public Optional<URI> signOut(String idToken, URI postLogoutRedirect) {
        IdentityProvider idp = idp();
        if (idToken == null || !idp.isConfigured()) {
            return Optional.empty();
        }
        try {
            URI end = provider.metadata(idp.discoveryUri(), clock.instant()).endSessionEndpoint();
            if (end == null) {
                return Optional.empty();
            }
            String s = end.toString();
            return Optional.of(URI.create(s + (s.contains("?") ? "&" : "?") + "id_token_hint=" + enc(idToken)
                    + "&post_logout_redirect_uri=" + enc(postLogoutRedirect.toString()) + "&client_id=" + enc(idp.clientId())));
        } catch (SignInRefusedException e) {
            LOG.warning("Sign-out ends only the local session: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The roles {@code userName}, a member of {@code groups} at the identity provider, gets now; refused
     * ({@link SignInRefusedException}) when none. Used at the callback and again by {@link ConsoleSessionCheck}.
     */
    public Set<String> roles(String userName, List<String> groups) {
        IdentityProvider idp = idp();
        boolean local = localAccount(userName);
        return SsoRoles.decide(userName, local, local ? null : agentFacts(userName), groups,
                new SsoRoles.GroupMapping(idp.administratorGroups(), idp.supervisorGroups()), state());
    }

    /** Whether {@code userName} signs in as an agent: an agent of that name and no local account shadowing it. */
    private boolean isAgent(String userName) {
        return !localAccount(userName) && agentFacts(userName) != null;
    }

    /** Whether a local account (enabled or not: a disabled one still owns its name) is called {@code userName}. */
    private boolean localAccount(String userName) {
        return !em.createQuery("select u.id from UserAccount u where u.userNameKey = :k", Long.class)
                .setParameter("k", Names.key(userName)).setMaxResults(1).getResultList().isEmpty();
    }

    /** What the database knows of the agent named {@code userName}, or null (also for {@link ConsoleSessionCheck}). */
    public SsoRoles.AgentFacts agentFacts(String userName) {
        return em.createQuery("select a from Agent a where a.userNameKey = :k", Agent.class)
                .setParameter("k", Names.key(userName)).getResultStream().findFirst()
                .map(a -> new SsoRoles.AgentFacts(a.supervisor(), a.loginEnabled(), a.ssoEnabled())).orElse(null);
    }

    private static ConsoleSignIn refused(String userName, String reason) {
        LOG.warning("Console sign-in through the identity provider refused" + (userName == null ? "" : " for " + userName)
                + ": " + reason);
        return ConsoleSignIn.refused(reason);
    }

    private String clientSecret(IdentityProvider idp) {
        try {
            return keys.cipher().decrypt(idp.encryptedClientSecret());
        } catch (IllegalArgumentException e) {
            throw SignInRefusedException.refused("The stored client secret cannot be decrypted with this server's key"
                    + " (every node of a cluster needs the same CCADMIN_SECRET_KEY); an administrator must save it again.");
        }
    }

    private IdentityProvider idp() {
        return em.find(IdentityProvider.class, IdentityProvider.ID);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** PKCE S256: BASE64URL(SHA-256(ASCII(code_verifier))) (RFC 7636 §4.2). */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
