package org.ccadmin.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.ccadmin.callsettings.application.MiscellaneousSettingsService;
import org.ccadmin.callsettings.domain.MiscellaneousSettings;
import org.ccadmin.shared.application.ConfigurationChanged;

/**
 * The session inactivity timeout of Call Settings › Miscellaneous, as this node applies it. The setting
 * lives in the database; reading it on every request would cost a query each, so this node keeps the value
 * for at most {@link #REFRESH} and drops it at once when it changes here. Another node's change reaches this
 * one within a minute.
 */
@ApplicationScoped
public class SessionTimeout {

    static final Duration REFRESH = Duration.ofMinutes(1);

    @Inject
    private MiscellaneousSettingsService settings;

    @Inject
    private Clock clock;

    private volatile Cached cached;

    /** The timeout in seconds, as {@code HttpSession.setMaxInactiveInterval} takes it. */
    public int seconds() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || !now.isBefore(c.readAt().plus(REFRESH)) || now.isBefore(c.readAt())) {
            c = new Cached(settings.sessionTimeoutMinutes() * 60, now);
            cached = c;
        }
        return c.seconds();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        if (MiscellaneousSettings.RESOURCE.equals(change.resourceType())) {
            cached = null;
        }
    }

    private record Cached(int seconds, Instant readAt) {
    }
}
