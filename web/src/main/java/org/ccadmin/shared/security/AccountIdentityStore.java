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
import org.ccadmin.sso.domain.SignInPolicy;

/**
 * Checks user name and password against the accounts in the database ({@link PasswordCheck} caches successful
 * PBKDF2 checks per node). An agent's account may use its password only while the single sign-on state allows
 * it ({@link SignInPolicy}); local accounts always may. What the check learned beyond valid or not goes to
 * {@link SignInAttempt}.
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

    @Inject
    private SignInAttempt attempt;

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
            String reason = SignInPolicy.passwordRefusal(sso.state(), account.userName());
            LOG.warning(() -> "Password sign-in refused: " + reason);
            attempt.refused(reason);
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempt.accepted(account.agent());
        return new CredentialValidationResult(account.userName(), account.roles());
    }
}
