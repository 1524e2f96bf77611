package org.ccadmin.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one place that reads the system clock. Everything else injects {@link Clock}, so tests can replace
 * it with a fixed or moving one (a CDI alternative of higher priority).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
