package org.ccadmin.authority.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The authority's only source of "now": system time, or the simulated clock when the server enables it. */
@ApplicationScoped
public class ClockProducer {

    @Inject
    private SimulatedTime simulated;

    @Produces
    Clock clock() {
        return simulated.enabled() ? new OffsetClock(simulated) : Clock.systemUTC();
    }

    /** Reads the offset on every call, so a move by any node is seen at once by all. */
    private static final class OffsetClock extends Clock {

        private final SimulatedTime time;

        OffsetClock(SimulatedTime time) {
            this.time = time;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(ZoneOffset.UTC) ? this : Clock.offset(Clock.system(zone), time.offset());
        }

        @Override
        public Instant instant() {
            return time.now();
        }
    }
}
