package org.ccadmin.bulk.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.ccadmin.identity.domain.PasswordHash;

/**
 * Hashes the passwords of a chunk's rows on the server's managed threads at once: a hash costs a large
 * fraction of a second by design, so doing them one after the other would dominate a job with passwords.
 */
@ApplicationScoped
public class PasswordHashing {

    @Resource
    private ManagedExecutorService executor;

    /** Per key: the hash of its password. */
    public <K> Map<K, String> hash(Map<K, char[]> passwords) {
        List<K> keys = new ArrayList<>(passwords.keySet());
        List<Future<String>> futures = new ArrayList<>();
        for (K key : keys) {
            char[] password = passwords.get(key);
            futures.add(executor.submit(() -> PasswordHash.hash(password)));
        }
        Map<K, String> hashes = new HashMap<>();
        try {
            for (int i = 0; i < keys.size(); i++) {
                hashes.put(keys.get(i), futures.get(i).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing passwords", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not hash a password", e.getCause());
        }
        return hashes;
    }
}
