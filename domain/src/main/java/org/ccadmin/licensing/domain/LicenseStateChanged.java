package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The licensing state before and after something happened at {@code at}. A renewal is an event even when the
 * statuses stay the same, because their dates move; {@link #statusChanged()} tells whether a status did.
 * {@code at} is when the change was made or noticed: a passed deadline is reported when observed, and its
 * exact instant is the new status's "at".
 */
public record LicenseStateChanged(LicensingStatus from, LicensingStatus to, Instant at, LicenseChangeCause cause) {

    public LicenseStateChanged {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
    }

    /** Whether registration status, authorization status or enforcement differ between before and after. */
    public boolean statusChanged() {
        return from.registrationStatus() != to.registrationStatus()
                || from.authorizationStatus() != to.authorizationStatus()
                || from.isEnforced() != to.isEnforced();
    }
}
