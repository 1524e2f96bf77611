package org.ccadmin.shared.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.infrastructure.ClockProducer;
import org.junit.jupiter.api.Test;

/**
 * Without the start-up property the simulated clock does not exist: nothing can move time on a production
 * server (the endpoint answers 404 through ResourceNotFoundException). The ITs cover the other case, since their
 * servers start with the property.
 */
class SimulatedTimeTest {

    @Test
    void withoutTheStartUpPropertyTheSimulatedClockDoesNotExist() throws Exception {
        SimulatedTime time = new SimulatedTime();
        Field clocks = SimulatedTime.class.getDeclaredField("clocks");
        clocks.setAccessible(true);
        clocks.set(time, new ClockProducer()); // ccadmin.simulated-clock not set: its default is false

        assertFalse(time.isEnabled());
        assertThrows(ResourceNotFoundException.class, time::now);
        assertThrows(ResourceNotFoundException.class, () -> time.moveTo(Instant.now().plusSeconds(86_400)));
    }
}
