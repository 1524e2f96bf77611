package org.ccadmin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ccadmin.identity.domain.PasswordHash;

/**
 * Checks a password against a stored PBKDF2 hash. A check costs a deliberate ~0.1–0.2 s, which a client
 * authenticating every request (the API, a gateway sending agent sign-ins) must not pay each time: a
 * successful check is remembered as a keyed digest of (user, password, stored hash). A changed password misses
 * the cache because the stored hash no longer matches. The cache is per node and holds no password; losing it
 * only costs one slow check.
 */
@ApplicationScoped
public class PasswordCheck {

    private static final int MAX_CACHED = 10_000;
    private static final String DUMMY_HASH = PasswordHash.hash("not-a-real-password".toCharArray());

    private final byte[] key = new byte[32];
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

    public PasswordCheck() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether {@code password} matches {@code storedHash} (null: no password set, never matches). */
    public boolean matches(String user, char[] password, String storedHash) {
        if (storedHash == null) {
            spendTime(password);
            return false;
        }
        String digest = digest(user, new String(password), storedHash);
        if (verified.containsKey(digest)) {
            return true;
        }
        if (!PasswordHash.verify(password, storedHash)) {
            return false;
        }
        if (verified.size() >= MAX_CACHED) {
            verified.clear();
        }
        verified.put(digest, Boolean.TRUE);
        return true;
    }

    /** Same cost as a wrong password, so response times do not reveal which user names exist. */
    public void spendTime(char[] password) {
        PasswordHash.verify(password, DUMMY_HASH);
    }

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
