package org.ccadmin.licensing.domain;

import java.time.Instant;

/**
 * The registration in force: the current ID certificate, when this registration was made (Register or
 * Reregister) and when it was last confirmed (the registration or its latest renewal). Times are the
 * product's clock, not the certificate's, so a clock difference with the authority cannot move deadlines.
 */
record Registration(IdCertificate certificate, Instant registeredAt, Instant renewedAt) {

    static Registration made(IdCertificate certificate, Instant now) {
        return new Registration(certificate, now, now);
    }

    Registration renewed(IdCertificate certificate, Instant now) {
        return new Registration(certificate, registeredAt, now);
    }
}
