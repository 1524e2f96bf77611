package org.ccadmin.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.infrastructure.ClockProducer;
import org.ccadmin.shared.infrastructure.SimulatedClock;

/**
 * The simulated clock's settings, for tests and demos: what time it is, and moving it to a later instant (each
 * move in its own transaction, so that every node sees it at once). Exists only when the server started with
 * {@code ccadmin.simulated-clock=true}; otherwise every call is "not found".
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class SimulatedTime {

    public static final String RESOURCE = "simulated clock";

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    @Inject
    private jakarta.enterprise.event.Event<ClockMoved> moved;

    /** Anyone may learn that it is off: the endpoint then simply does not exist. */
    @PermitAll
    public boolean isEnabled() {
        return clocks.isSimulated();
    }

    public Instant now() {
        requireEnabled();
        return clock.instant();
    }

    /** Sets the clock to {@code target}, which must not be earlier than now (time never goes backwards). */
    public Instant moveTo(Instant target) {
        requireEnabled();
        Instant now = clock.instant();
        if (target.isBefore(now)) {
            return now;
        }
        long offset = target.toEpochMilli() - Instant.now().toEpochMilli();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update simulated_clock set offset_millis = ? where id = 1")) {
            s.setLong(1, offset);
            s.executeUpdate();
            SimulatedClock.offsetChanged(offset);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the simulated clock: " + e.getMessage(), e);
        }
        moved.fire(new ClockMoved(clock.instant()));
        return clock.instant();
    }

    private void requireEnabled() {
        if (!clocks.isSimulated()) {
            throw new ResourceNotFoundException(RESOURCE, "current");
        }
    }
}
