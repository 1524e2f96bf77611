package org.ccadmin.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccadmin.identity.application.Authenticator;
import org.ccadmin.identity.application.PasswordCheck;
import org.ccadmin.sso.application.SsoSignIn;

/**
 * Checks user name and password against the accounts in the database ({@link PasswordCheck} caches successful
 * PBKDF2 checks per node). An agent's account may use its password only while the single sign-on state allows
 * it ({@code org.ccadmin.sso.domain.SignInPolicy}); local accounts always may.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    private Authenticator authenticator;

    @Inject
    private PasswordCheck passwords;

    @Inject
    private SsoSignIn sso;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Authenticator.Account> found = authenticator.find(credential.getCaller());
        if (found.isEmpty()) {
            passwords.spendTime(credential.getPassword().getValue());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Authenticator.Account account = found.get();
        if (!passwords.matches(account.userName(), credential.getPassword().getValue(), account.passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!sso.passwordAllowed(account.agent(), account.ssoEnabled())) {
            LOG.warning(() -> "Password sign-in refused for agent " + account.userName() + ": the single sign-on state"
                    + " requires the identity provider.");
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.userName(), account.roles());
    }
}
