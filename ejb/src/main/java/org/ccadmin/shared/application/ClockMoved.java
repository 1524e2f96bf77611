package org.ccadmin.shared.application;

import java.time.Instant;

/** The simulated clock was moved (tests and demos): whatever waits for an instant must look again. */
public record ClockMoved(Instant now) {
}
