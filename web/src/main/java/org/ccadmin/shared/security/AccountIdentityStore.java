package org.ccadmin.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ccadmin.identity.application.Authenticator;
import org.ccadmin.identity.domain.PasswordHash;

/**
 * Checks user name and password against the accounts in the database. A PBKDF2 check costs a deliberate
 * ~0.1–0.2 s, which an API client authenticating every request must not pay each time: a successful check
 * is remembered as a keyed digest of (user, password, stored hash). A changed password or a disabled
 * account misses the cache because the stored hash (or the account) no longer matches. The cache is per
 * node and holds no password; losing it only costs one slow check.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final int MAX_CACHED = 10_000;
    private final byte[] key = new byte[32];
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

    @Inject
    private Authenticator authenticator;

    public AccountIdentityStore() {
        new SecureRandom().nextBytes(key);
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Authenticator.Account> found = authenticator.find(credential.getCaller());
        if (found.isEmpty()) {
            // Same cost as a wrong password, so response times do not reveal which user names exist.
            PasswordHash.verify(credential.getPassword().getValue(), DUMMY_HASH);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Authenticator.Account account = found.get();
        String digest = digest(account.userName(), credential.getPasswordAsString(), account.passwordHash());
        if (!verified.containsKey(digest)) {
            if (!PasswordHash.verify(credential.getPassword().getValue(), account.passwordHash())) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            if (verified.size() >= MAX_CACHED) {
                verified.clear();
            }
            verified.put(digest, Boolean.TRUE);
        }
        return new CredentialValidationResult(account.userName(), account.roles());
    }

    private static final String DUMMY_HASH = PasswordHash.hash("not-a-real-password".toCharArray());

    private String digest(String user, String password, String storedHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update((user + '\u0000' + password + '\u0000' + storedHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
