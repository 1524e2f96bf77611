package org.ccadmin.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.ccadmin.callsettings.application.MiscellaneousSettingsService;
import org.ccadmin.callsettings.domain.MiscellaneousSettings;
import org.ccadmin.shared.application.ConfigurationChanged;
import org.ccadmin.shared.domain.AuditAction;
import org.junit.jupiter.api.Test;

/** The node's copy of the timeout: re-read after a minute, dropped at once by a change saved on this node. */
class SessionTimeoutTest {

    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private int stored = 30;
    private int reads;

    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneId.of("UTC"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    private SessionTimeout timeout() throws ReflectiveOperationException {
        SessionTimeout t = new SessionTimeout();
        set(t, "settings", new MiscellaneousSettingsService() {
            @Override
            public int sessionTimeoutMinutes() {
                reads++;
                return stored;
            }
        });
        set(t, "clock", clock);
        return t;
    }

    @Test
    void aChangeOnAnotherNodeIsAppliedWithinAMinute() throws Exception {
        SessionTimeout t = timeout();
        assertEquals(30 * 60, t.seconds());
        stored = 15;
        now = now.plus(Duration.ofSeconds(59));
        assertEquals(30 * 60, t.seconds(), "within the minute the node's copy stands");
        now = now.plus(Duration.ofSeconds(1));
        assertEquals(15 * 60, t.seconds(), "a minute after the read it is read again");
        assertEquals(2, reads);
    }

    @Test
    void aChangeSavedOnThisNodeIsAppliedAtOnce() throws Exception {
        SessionTimeout t = timeout();
        assertEquals(30 * 60, t.seconds());
        stored = 60;
        t.changed(new ConfigurationChanged(MiscellaneousSettings.RESOURCE, 1, AuditAction.UPDATE, "admin"));
        assertEquals(60 * 60, t.seconds());
    }

    @Test
    void otherChangesKeepTheCopy() throws Exception {
        SessionTimeout t = timeout();
        t.seconds();
        t.changed(new ConfigurationChanged("agent", 7, AuditAction.UPDATE, "admin"));
        t.seconds();
        assertEquals(1, reads);
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
