package org.ccadmin.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.Violations;

/**
 * Where licensing state changes are mailed: the SMTP server (host, port, STARTTLS on or off, optional user
 * and password), the sender and the administrator's address. One row, {@link #ID}, that exists from the
 * start, disabled and empty. The password is kept so that the server can sign in to the SMTP server, but it
 * is never given back (views say only whether one is set) and never audited.
 */
@Entity
@Table(name = "mail_settings")
public class MailSettings implements Auditable {

    public static final int ID = 1;
    public static final String RESOURCE = "mail settings";
    public static final int TEXT_MAX = 255;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.?[^@\\s<>,;\"]*");

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "enabled", nullable = false) private boolean enabled;
    @Column(name = "host", length = TEXT_MAX) private String host;
    @Column(name = "port") private Integer port;
    @Column(name = "tls", nullable = false) private boolean tls;
    @Column(name = "username", length = TEXT_MAX) private String username;
    @Column(name = "password", length = TEXT_MAX) private String password;
    @Column(name = "from_address", length = TEXT_MAX) private String fromAddress;
    @Column(name = "to_address", length = TEXT_MAX) private String toAddress;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected MailSettings() {
    }

    /**
     * Applies the fields present (null keeps a field as it is; an empty text clears an optional one; an empty
     * user clears the password too), then checks the whole: while enabled, host, port, from and to are
     * required. Nothing changes if any field is refused.
     */
    public void revise(MailSettingsChange c) {
        boolean newEnabled = c.enabled() != null ? c.enabled() : enabled;
        String newHost = c.host() != null ? blankToNull(c.host()) : host;
        Integer newPort = c.port() != null ? c.port() : port;
        boolean newTls = c.tls() != null ? c.tls() : tls;
        String newUser = c.username() != null ? blankToNull(c.username()) : username;
        String newPassword = c.password() != null ? emptyToNull(c.password()) : password;
        if (newUser == null) {
            newPassword = null;
        }
        String newFrom = c.from() != null ? blankToNull(c.from()) : fromAddress;
        String newTo = c.to() != null ? blankToNull(c.to()) : toAddress;

        Violations v = new Violations();
        v.maxLength("host", newHost, TEXT_MAX);
        v.range("port", newPort, 1, 65535);
        v.maxLength("username", newUser, TEXT_MAX);
        v.maxLength("password", newPassword, TEXT_MAX);
        if (c.password() != null && !c.password().isEmpty() && newUser == null) {
            v.add("password", "invalidInput.notApplicable", "password needs a username.");
        }
        address(v, "from", newFrom);
        address(v, "to", newTo);
        if (newEnabled) {
            required(v, "host", newHost, "host is required to send e-mail: the SMTP server's name or address.");
            if (newPort == null) {
                v.add("port", "invalidInput.fieldRequired", "port is required to send e-mail (e.g. 25, 587).");
            }
            required(v, "from", newFrom, "from is required to send e-mail: the sender's address.");
            required(v, "to", newTo, "to is required to send e-mail: the administrator's address.");
        }
        v.throwIfAny();
        enabled = newEnabled;
        host = newHost;
        port = newPort;
        tls = newTls;
        username = newUser;
        password = newPassword;
        fromAddress = newFrom;
        toAddress = newTo;
    }

    /** Whether mail can be sent: enabled and complete (revise guarantees complete while enabled). */
    public boolean isUsable() {
        return enabled && host != null && port != null && fromAddress != null && toAddress != null;
    }

    private static void required(Violations v, String field, String value, String message) {
        if (value == null && !v.has(field)) {
            v.add(field, "invalidInput.fieldRequired", message);
        }
    }

    private static void address(Violations v, String field, String value) {
        if (value == null) {
            return;
        }
        v.maxLength(field, value, TEXT_MAX);
        if (!v.has(field) && !ADDRESS.matcher(value).matches()) {
            v.add(field, "invalidInput.invalidAddress", field + " must be one e-mail address such as admin@example.com.");
        }
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public String auditType() {
        return RESOURCE;
    }

    @Override
    public Long auditId() {
        return (long) ID;
    }

    @Override
    public String auditName() {
        return "e-mail notifications";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("enabled", enabled);
        state.put("host", host);
        state.put("port", port);
        state.put("tls", tls);
        state.put("username", username);
        state.put("passwordSet", password != null);
        state.put("from", fromAddress);
        state.put("to", toAddress);
        return state;
    }

    public boolean enabled() { return enabled; }
    public String host() { return host; }
    public Integer port() { return port; }
    public boolean tls() { return tls; }
    public String username() { return username; }
    /** For the SMTP sign-in only; never shown. */
    public String password() { return password; }
    public boolean passwordSet() { return password != null; }
    public String from() { return fromAddress; }
    public String to() { return toAddress; }
    public long changeStamp() { return changeStamp; }
}
