package org.ccadmin.authority.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Who may administer the authority (role {@code authority-admin}): the user and password from
 * {@code CCADMIN_AUTHORITY_ADMIN_USER}/{@code _PASSWORD}, else from ccadmin's {@code CCADMIN_ADMIN_USER}/
 * {@code _PASSWORD} (one administrator for the embedded default), else the administrator kept from an earlier
 * start, else user {@code admin} with a password generated on the first start and printed once in the log. The
 * database keeps only hashes.
 */
@Singleton
@Startup
@DependsOn("AuthoritySchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdministratorCredentials {

    public static final String ROLE = "authority-admin";
    private static final Logger LOG = Logger.getLogger(AdministratorCredentials.class.getName());

    @Resource(lookup = AuthorityDatabase.DATASOURCE)
    private DataSource dataSource;

    private String userName;
    /** Set when the password comes from the environment; otherwise {@link #storedHash} is. */
    private byte[] givenPasswordDigest;
    private String storedHash;

    @PostConstruct
    void settle() {
        // the authority's own pair wins as a whole; a user name without its password is not taken
        String prefix = environment("CCADMIN_AUTHORITY_ADMIN_PASSWORD") != null ? "CCADMIN_AUTHORITY_ADMIN_" : "CCADMIN_ADMIN_";
        String user = environment(prefix + "USER");
        String password = environment(prefix + "PASSWORD");
        userName = user == null ? "admin" : user;
        try (Connection c = dataSource.getConnection()) {
            if (password != null) {
                givenPasswordDigest = sha256(password);
                // Kept as a hash too, as ccadmin keeps its administrator: a later start without the variables
                // still accepts the same sign-in instead of printing a new password.
                insertIfAbsent(c, PasswordHash.hash(password.toCharArray()));
                LOG.info(() -> "License authority console: " + consoleUrl() + " — administrator '" + userName
                        + "' with the password from the environment");
                return;
            }
            String[] first = firstAdministrator(c);
            if (first != null) {
                userName = first[0];
            }
            storedHash = first == null ? null : first[1];
            if (storedHash == null) {
                String generated = generatePassword();
                insertIfAbsent(c, PasswordHash.hash(generated.toCharArray()));
                storedHash = stored(c);
                LOG.warning(() -> "\n==============================================================\n"
                        + " License authority console: " + consoleUrl() + "\n"
                        + " Sign in as '" + userName + "' with password: " + generated + "\n"
                        + " This generated password is shown only now. Set CCADMIN_AUTHORITY_ADMIN_PASSWORD\n"
                        + " (or CCADMIN_ADMIN_PASSWORD) to choose your own.\n"
                        + "==============================================================");
            } else {
                LOG.info(() -> "License authority console: " + consoleUrl() + " (sign in as '" + userName + "')");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot settle the authority administrator: " + e.getMessage(), e);
        }
    }

    public boolean valid(String user, String password) {
        boolean userMatches = MessageDigest.isEqual(userName.getBytes(StandardCharsets.UTF_8), user.getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = givenPasswordDigest != null
                ? MessageDigest.isEqual(givenPasswordDigest, sha256(password))
                : PasswordHash.verify(password.toCharArray(), storedHash);
        return userMatches && passwordMatches;
    }

    private void insertIfAbsent(Connection c, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into authority_administrator (user_name, password_hash, created_at) "
                + "values (?, ?, ?) on conflict do nothing")) {
            p.setString(1, userName);
            p.setString(2, hash);
            p.setTimestamp(3, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
    }

    /** The administrator kept from an earlier start (user name and hash), whichever name it was given then. */
    private String[] firstAdministrator(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "select user_name, password_hash from authority_administrator order by created_at, user_name");
                ResultSet r = p.executeQuery()) {
            return r.next() ? new String[] {r.getString(1), r.getString(2)} : null;
        }
    }

    private String stored(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select password_hash from authority_administrator where user_name = ?")) {
            p.setString(1, userName);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** An environment variable, or the system property of the same name in lower case with dots (for labs). */
    private static String environment(String variable) {
        return java.util.stream.Stream.of(System.getenv(variable), System.getProperty(variable.toLowerCase().replace('_', '.')))
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 120 random bits, as 20 characters of base64url. */
    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String consoleUrl() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + (8080 + offset) + "/authority/";
    }
}
