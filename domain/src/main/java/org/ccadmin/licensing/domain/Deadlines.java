package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every instant at which the instance's status or duties change, computed from what it recorded; none depends
 * on "now". Registration and authorization deadlines are null while unregistered.
 *
 * @param evaluationEndsAt          first start + evaluation; after it an unregistered instance is enforced
 * @param registrationRenewalDueAt  last (re)registration or renewal + registrationRenewal
 * @param registrationExpiresAt     the earlier of that + registrationValidity and the certificate's own expiry
 * @param authorizationRenewalDueAt last authorization + authorizationRenewal
 * @param authorizationExpiresAt    the earlier of last authorization + authorizationExpiry and any line's expiry
 * @param enforcementStartsAt       authorizationExpiresAt + enforcementGrace
 * @param outOfComplianceEnforcementAt the earliest Out-of-Compliance since of a line + outOfCompliance; null while
 *                                  no line is out of compliance
 */
public record Deadlines(Instant evaluationEndsAt, Instant registrationRenewalDueAt, Instant registrationExpiresAt,
        Instant authorizationRenewalDueAt, Instant authorizationExpiresAt, Instant enforcementStartsAt,
        Instant outOfComplianceEnforcementAt) {

    /** The earliest deadline after {@code now} that matters in the current registration state, if any. */
    public Optional<Instant> nextAfter(Instant now) {
        Stream<Instant> relevant = registrationExpiresAt == null
                ? Stream.of(evaluationEndsAt)
                : Stream.of(registrationRenewalDueAt, registrationExpiresAt, authorizationRenewalDueAt,
                        authorizationExpiresAt, enforcementStartsAt, outOfComplianceEnforcementAt);
        return relevant.filter(i -> i != null && i.isAfter(now)).min(Instant::compareTo);
    }
}
