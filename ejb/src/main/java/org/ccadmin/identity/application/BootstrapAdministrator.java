package org.ccadmin.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Logger;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.identity.domain.UserAccount;

/**
 * Creates the first administrator when the database has no user yet, so a new installation can be used
 * at once without a built-in password. Its user name and password come from {@code CCADMIN_ADMIN_USER} and
 * {@code CCADMIN_ADMIN_PASSWORD} when set; otherwise the user is {@code admin} with a random password that
 * is printed once, in this start's log. Every start prints where the console is.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class BootstrapAdministrator {

    static final String USER_VARIABLE = "CCADMIN_ADMIN_USER";
    static final String PASSWORD_VARIABLE = "CCADMIN_ADMIN_PASSWORD";
    /** Recovery for a lost password: with this set to true, the start sets the administrator's password anew. */
    static final String RESET_VARIABLE = "CCADMIN_ADMIN_RESET";
    private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void ensureAdministrator() {
        String url = consoleUrl();
        long users = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (users > 0 && "true".equalsIgnoreCase(setting(RESET_VARIABLE, "false"))) {
            reset(url);
            return;
        }
        if (users > 0) {
            LOG.info(() -> "ccadmin console: " + url + " (sign in with an existing account)");
            return;
        }
        String userName = setting(USER_VARIABLE, "admin");
        String given = setting(PASSWORD_VARIABLE, null);
        String password = given != null ? given : generatePassword();
        em.persist(UserAccount.create(userName, password.toCharArray(), Set.of(Role.ADMINISTRATOR)));
        if (given != null) {
            LOG.info(() -> "ccadmin console: " + url + " — created administrator '" + userName
                    + "' with the password from " + PASSWORD_VARIABLE);
        } else {
            LOG.warning(() -> "\n==============================================================\n"
                    + " ccadmin console: " + url + "\n"
                    + " Sign in as '" + userName + "' with password: " + password + "\n"
                    + " This generated password is shown only now. Set " + PASSWORD_VARIABLE + "\n"
                    + " before the first start to choose your own.\n"
                    + "==============================================================");
        }
    }

    /** Sets the password of CCADMIN_ADMIN_USER (creating the administrator if missing) from CCADMIN_ADMIN_PASSWORD. */
    private void reset(String url) {
        String userName = setting(USER_VARIABLE, "admin");
        String password = setting(PASSWORD_VARIABLE, null);
        if (password == null) {
            LOG.warning(() -> RESET_VARIABLE + " is set but " + PASSWORD_VARIABLE + " is not; nothing was reset.");
            return;
        }
        UserAccount account = em.createQuery("select u from UserAccount u where u.userNameKey = :key", UserAccount.class)
                .setParameter("key", org.ccadmin.shared.domain.Names.key(userName)).getResultStream().findFirst().orElse(null);
        if (account == null) {
            em.persist(UserAccount.create(userName, password.toCharArray(), Set.of(Role.ADMINISTRATOR)));
        } else {
            account.changePassword(password.toCharArray());
        }
        LOG.warning(() -> "ccadmin console: " + url + " — the password of administrator '" + userName + "' was set from "
                + PASSWORD_VARIABLE + " because " + RESET_VARIABLE + "=true. Unset " + RESET_VARIABLE + " for the next start.");
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(variable.toLowerCase().replace('_', '.'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String consoleUrl() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + (8080 + offset) + "/ccadmin/";
    }
}
