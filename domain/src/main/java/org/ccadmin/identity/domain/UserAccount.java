package org.ccadmin.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;

/** A person or automation allowed to sign in; holds a password hash, never the password. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 256;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(name = "user_name_key", nullable = false)
    private String userNameKey;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** Comma-separated role names: a user holds one or two roles, a table of its own would add nothing. */
    @Column(name = "roles", nullable = false)
    private String roles;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected UserAccount() {
    }

    public static UserAccount create(String userName, char[] password, Set<String> roles) {
        Violations v = new Violations();
        if (userName == null || userName.isBlank() || userName.length() > 255 || !userName.strip().equals(userName)) {
            v.add("userName", "invalidInput.userName", "userName must be 1 to 255 characters without leading or trailing spaces.");
        }
        checkPassword(v, password);
        if (roles == null || roles.isEmpty()) {
            v.add("roles", "invalidInput.fieldRequired", "A user needs at least one role.");
        }
        for (String role : roles == null ? Set.<String>of() : roles) {
            if (!role.equals(Role.ADMINISTRATOR) && !role.equals(Role.SUPERVISOR)) {
                v.add("roles", "invalidInput.unknownRole", "Unknown role '" + role + "'.");
            }
        }
        v.throwIfAny();
        UserAccount u = new UserAccount();
        u.userName = userName;
        u.userNameKey = Names.key(userName);
        u.passwordHash = PasswordHash.hash(password);
        u.roles = String.join(",", new TreeSet<>(roles));
        u.enabled = true;
        return u;
    }

    static void checkPassword(Violations v, char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
            v.add("password", "invalidInput.password", "The password must be " + MIN_PASSWORD_LENGTH + " to "
                    + MAX_PASSWORD_LENGTH + " characters long.");
        }
    }

    public boolean accepts(char[] password) {
        return enabled && PasswordHash.verify(password, passwordHash);
    }

    public void changePassword(char[] password) {
        Violations v = new Violations();
        checkPassword(v, password);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.errors());
        }
        passwordHash = PasswordHash.hash(password);
    }

    public Set<String> roles() {
        return new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    public Long id() { return id; }
    public String userName() { return userName; }
    public String passwordHash() { return passwordHash; }
    public boolean enabled() { return enabled; }
}
