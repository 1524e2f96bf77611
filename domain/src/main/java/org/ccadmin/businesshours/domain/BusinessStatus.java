package org.ccadmin.businesshours.domain;

import java.time.Instant;

/** Open or closed at an instant, the reason code in force, what decided it, and when it next changes (null: never). */
public record BusinessStatus(boolean open, int reasonCode, HoursSource source, Instant until) {
}
