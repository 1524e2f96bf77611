package org.ccadmin.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.identity.domain.UserAccount;
import org.ccadmin.shared.domain.Names;

/**
 * Looks up the account a sign-in names; the password check itself is {@link UserAccount#accepts}. Two kinds
 * of account sign in to the console and the API: the local accounts (administrators), and agents with the
 * supervisor flag, sign-in enabled and a password set (role supervisor, as in the modelled system, where a
 * supervisor signs in with its agent credentials). A local account wins over an agent of the same name, so a
 * break-glass administrator can never be shadowed.
 */
@Stateless
@PermitAll
public class Authenticator {

    @PersistenceContext
    private EntityManager em;

    /** The enabled account or signing-in supervisor with this user name (letter case ignored), if any. */
    public Optional<Account> find(String userName) {
        if (userName == null) {
            return Optional.empty();
        }
        String key = Names.key(userName);
        Optional<Account> local = em.createQuery("select u from UserAccount u where u.userNameKey = :key and u.enabled = true",
                        UserAccount.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .map(u -> new Account(u.userName(), u.roles(), u.passwordHash(), false, false));
        if (local.isPresent() || localExists(key)) {
            return local;
        }
        // The hash is read by the query, so it never has to leave the Agent entity through an accessor.
        return em.createQuery("select a.userName, a.passwordHash, a.ssoEnabled from Agent a where a.userNameKey = :key"
                        + " and a.supervisor = true and a.loginEnabled = true and a.passwordHash is not null", Object[].class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .map(r -> new Account((String) r[0], Set.of(Role.SUPERVISOR), (String) r[1], true, (Boolean) r[2]));
    }

    /** A disabled local account still owns its name: an agent of the same name does not sign in in its place. */
    private boolean localExists(String key) {
        return !em.createQuery("select u.id from UserAccount u where u.userNameKey = :key", Long.class)
                .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * What a sign-in check needs; the hash lets a caller cache a check and notice a changed password.
     * {@code agent}: a supervisor signing in with its agent account (false for local accounts);
     * {@code ssoEnabled}: that agent's per-agent SSO flag (false for local accounts).
     */
    public record Account(String userName, Set<String> roles, String passwordHash, boolean agent, boolean ssoEnabled) {
    }
}
