package org.ccadmin.callsettings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.Violations;

/**
 * Call Settings › Miscellaneous: for now the console's session inactivity timeout, 15 to 1440 minutes
 * (default 30), after which a signed-in console session that made no request ends. One row, {@link #ID},
 * that exists from the start with the default; kept in the database so that every node of a cluster applies
 * the same value.
 */
@Entity
@Table(name = "miscellaneous_settings")
public class MiscellaneousSettings implements Auditable {

    public static final int ID = 1;
    public static final String RESOURCE = "miscellaneous settings";
    public static final int MIN_TIMEOUT_MINUTES = 15;
    public static final int MAX_TIMEOUT_MINUTES = 1440;
    public static final int DEFAULT_TIMEOUT_MINUTES = 30;

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "session_timeout_minutes", nullable = false)
    private int sessionTimeoutMinutes;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected MiscellaneousSettings() {
    }

    /** The settings as they are before anyone changed them (what the migration stores). */
    public static MiscellaneousSettings defaults() {
        MiscellaneousSettings s = new MiscellaneousSettings();
        s.id = ID;
        s.sessionTimeoutMinutes = DEFAULT_TIMEOUT_MINUTES;
        return s;
    }

    /** Sets the timeout (null: unchanged); out of range is refused naming {@code sessionTimeoutMinutes}. */
    public void revise(Integer timeoutMinutes) {
        Violations v = new Violations();
        v.range("sessionTimeoutMinutes", timeoutMinutes, MIN_TIMEOUT_MINUTES, MAX_TIMEOUT_MINUTES);
        v.throwIfAny();
        if (timeoutMinutes != null) {
            sessionTimeoutMinutes = timeoutMinutes;
        }
    }

    public int sessionTimeoutMinutes() {
        return sessionTimeoutMinutes;
    }

    public Duration sessionTimeout() {
        return Duration.ofMinutes(sessionTimeoutMinutes);
    }

    public long changeStamp() {
        return changeStamp;
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
        return "miscellaneous";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("sessionTimeoutMinutes", sessionTimeoutMinutes);
        return s;
    }
}
