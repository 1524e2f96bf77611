package org.ccadmin.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that reads the system clock. Everything else injects {@link Clock}, so tests can replace
 * it with a fixed or moving one (a CDI alternative of higher priority). Started with
 * {@code ccadmin.simulated-clock=true} (tests and demos only), the clock is the system time plus an offset kept
 * in the database, which every node shares and an administrator advances (see {@link SimulatedClock}).
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = SimulatedClock.PROPERTY, defaultValue = "false")
    private boolean simulated;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    @Produces
    Clock clock() {
        return simulated ? new SimulatedClock(dataSource) : Clock.systemUTC();
    }

    /** Real time whatever the simulated clock says: see {@link WallClock}. */
    @Produces
    @WallClock
    Clock wallClock() {
        return Clock.systemUTC();
    }

    /** Whether the server started with the simulated clock (else its endpoint does not exist). */
    public boolean isSimulated() {
        return simulated;
    }
}
