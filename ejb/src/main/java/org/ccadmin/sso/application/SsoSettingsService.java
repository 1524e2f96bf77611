package org.ccadmin.sso.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.sso.domain.IdentityProvider;
import org.ccadmin.sso.domain.IdentityProviderChange;
import org.ccadmin.sso.domain.ProviderCheck;
import org.ccadmin.sso.domain.SsoGlobalState;
import org.ccadmin.sso.domain.SsoState;
import org.ccadmin.sso.infrastructure.OpenIdProvider;
import org.ccadmin.sso.infrastructure.ProviderProbe;
import org.ccadmin.sso.infrastructure.SecretKeys;

/**
 * The single sign-on settings: the global state and the identity provider, both audited. A change of either
 * locks the global state row first, because each checks the other (HYBRID and SSO need a configured provider;
 * a provider in use cannot be unconfigured): two concurrent changes take turns instead of both passing.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class SsoSettingsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ChangeLog changes;

    @Inject
    private SecretKeys keys;

    @Inject
    private ProviderProbe probe;

    @Inject
    private OpenIdProvider provider;

    public GlobalStateView globalState() {
        return GlobalStateView.of(em.find(SsoGlobalState.class, SsoGlobalState.ID));
    }

    public GlobalStateView changeGlobalState(ChangeStamp stamp, SsoState to) {
        SsoGlobalState s = em.find(SsoGlobalState.class, SsoGlobalState.ID, LockModeType.PESSIMISTIC_WRITE);
        stamp.verify(SsoGlobalState.RESOURCE, SsoGlobalState.ID, s.changeStamp());
        Map<String, Object> before = s.auditState();
        s.change(to, em.find(IdentityProvider.class, IdentityProvider.ID).isConfigured());
        em.flush();
        changes.updated(s, before);
        return GlobalStateView.of(s);
    }

    public IdentityProviderView identityProvider() {
        return IdentityProviderView.of(em.find(IdentityProvider.class, IdentityProvider.ID));
    }

    public IdentityProviderView changeIdentityProvider(ChangeStamp stamp, IdentityProviderChange change) {
        SsoState state = em.find(SsoGlobalState.class, SsoGlobalState.ID, LockModeType.PESSIMISTIC_WRITE).state();
        IdentityProvider p = em.find(IdentityProvider.class, IdentityProvider.ID);
        stamp.verify(IdentityProvider.RESOURCE, IdentityProvider.ID, p.changeStamp());
        Map<String, Object> before = p.auditState();
        p.revise(change, keys.cipher()::encrypt, state);
        em.flush();
        changes.updated(p, before);
        provider.forget();
        return IdentityProviderView.of(p);
    }

    /** The Test: discovery and keys fetched now, each step reported. */
    public List<ProviderCheck> test() {
        return probe.test(em.find(IdentityProvider.class, IdentityProvider.ID));
    }
}
