package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.Objects;

/** The instance is enforced (adding agents is blocked) for {@code reason}, since {@code since}. */
public record Enforcement(EnforcementReason reason, Instant since) {

    public Enforcement {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
