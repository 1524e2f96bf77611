package org.ccadmin.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.ccadmin.identity.domain.UserAccount;
import org.ccadmin.shared.domain.Names;

/** Looks up the account a sign-in names; the password check itself is {@link UserAccount#accepts}. */
@Stateless
@PermitAll
public class Authenticator {

    @PersistenceContext
    private EntityManager em;

    /** The enabled account with this user name (letter case ignored), if any. */
    public Optional<Account> find(String userName) {
        if (userName == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.userNameKey = :key and u.enabled = true", UserAccount.class)
                .setParameter("key", Names.key(userName))
                .getResultStream()
                .findFirst()
                .map(u -> new Account(u.userName(), u.roles(), u.passwordHash(), false, false));
    }

    /**
     * What a sign-in check needs; the hash lets a caller cache a check and notice a changed password. {@code agent}
     * and {@code ssoEnabled} say whether the account is an agent's (and its SSO flag), which decides whether it
     * may use a password ({@code org.ccadmin.sso.domain.SignInPolicy}); local accounts have both false.
     */
    public record Account(String userName, Set<String> roles, String passwordHash, boolean agent, boolean ssoEnabled) {
    }
}
