package org.ccadmin.licensing.application;

import java.time.Instant;

/**
 * What advancing the simulated clock did: the time before and after, how many timer evaluations ran on the way,
 * and whether the license authority's clock moved along.
 */
public record ClockAdvance(Instant from, Instant to, int evaluations, boolean authorityAdvanced, String authority) {
}
