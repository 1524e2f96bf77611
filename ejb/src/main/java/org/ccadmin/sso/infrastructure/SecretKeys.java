package org.ccadmin.sso.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.ccadmin.sso.domain.SecretCipher;

/**
 * The key that encrypts stored secrets (the identity provider's client secret): the environment variable
 * {@value #ENV} or the system property {@value #PROPERTY} (Base64 of 32 bytes), else a key generated once into
 * the server's data directory ({@code <jboss.server.data.dir>/ccadmin/secret.key}, readable by the owner only).
 * A cluster must give every node the same key (the variable or property): a key generated on one node cannot
 * decrypt what another node saved.
 */
@ApplicationScoped
public class SecretKeys {

    static final String ENV = "CCADMIN_SECRET_KEY";
    static final String PROPERTY = "ccadmin.secret.key";
    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());

    private SecretCipher cipher;

    @PostConstruct
    void load() {
        String given = System.getenv(ENV);
        String source = ENV;
        if (given == null || given.isBlank()) {
            given = System.getProperty(PROPERTY);
            source = PROPERTY;
        }
        if (given != null && !given.isBlank()) {
            cipher = new SecretCipher(decode(given.strip(), source));
            return;
        }
        cipher = new SecretCipher(generatedOnce());
    }

    public SecretCipher cipher() {
        return cipher;
    }

    private static byte[] decode(String text, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(text);
            if (key.length != SecretCipher.KEY_BYTES) {
                throw new IllegalStateException(source + " must be Base64 of " + SecretCipher.KEY_BYTES + " bytes, not " + key.length);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not Base64", e);
        }
    }

    private static byte[] generatedOnce() {
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        Path file = Path.of(dataDir, "ccadmin", "secret.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[SecretCipher.KEY_BYTES];
                new SecureRandom().nextBytes(key);
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    restrict(file);
                    LOG.info(() -> "Generated the key for stored secrets in " + file + ". A cluster must give every node"
                            + " the same key through " + ENV + " instead.");
                } catch (FileAlreadyExistsException raced) {
                    // Another deployment thread wrote it first: use that one.
                }
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the secret key " + file, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warning(() -> "Could not restrict the permissions of " + file + ": " + e.getMessage());
        }
    }
}
