package org.ccadmin.licensing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every upcoming deadline of a product instance, soonest first, with the time left: what happens, and when,
 * if nobody acts. Only deadlines that apply in the current registration state and lie after "now" appear;
 * the day enforcement starts appears with its reason unless the instance is already enforced. Computed from
 * {@link ProductInstance#deadlines()} and the status, so it agrees with the timer.
 */
public final class Timeline {

    /** One deadline: what, when, how long from "now", and for enforcement why. */
    public record Entry(Milestone milestone, Instant at, Duration left, EnforcementReason reason) {
    }

    private Timeline() {
    }

    public static List<Entry> of(InstanceCompliance instance) {
        Deadlines d = instance.deadlines();
        LicensingStatus s = instance.status();
        Instant now = instance.at();
        List<Entry> entries = new ArrayList<>();
        if (s.registrationStatus() == RegistrationStatus.UNREGISTERED) {
            add(entries, now, Milestone.EVALUATION_ENDS, d.evaluationEndsAt(), null);
            if (!s.isEnforced()) {
                add(entries, now, Milestone.ENFORCEMENT_STARTS, d.evaluationEndsAt(), EnforcementReason.EVALUATION_EXPIRY);
            }
        } else {
            // Nothing is renewed automatically once the registration expired; its renewal is no longer "due".
            boolean valid = s.registrationStatus() == RegistrationStatus.REGISTERED;
            if (valid) {
                add(entries, now, Milestone.AUTHORIZATION_RENEWAL_DUE, d.authorizationRenewalDueAt(), null);
                add(entries, now, Milestone.REGISTRATION_RENEWAL_DUE, d.registrationRenewalDueAt(), null);
            }
            add(entries, now, Milestone.AUTHORIZATION_EXPIRES, d.authorizationExpiresAt(), null);
            add(entries, now, Milestone.REGISTRATION_EXPIRES, d.registrationExpiresAt(), null);
            if (!s.isEnforced()) {
                add(entries, now, Milestone.ENFORCEMENT_STARTS, d.enforcementStartsAt(), EnforcementReason.AUTHORIZATION_EXPIRY);
            }
            if (!s.isEnforced()) {
                // 90 days after the pool went Out-of-Compliance, unless licenses are bought before.
                add(entries, now, Milestone.ENFORCEMENT_STARTS, d.outOfComplianceEnforcementAt(),
                        EnforcementReason.OUT_OF_COMPLIANCE_EXPIRY);
            }
        }
        entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::milestone));
        return List.copyOf(entries);
    }

    private static void add(List<Entry> entries, Instant now, Milestone milestone, Instant at, EnforcementReason reason) {
        if (at != null && at.isAfter(now)) {
            entries.add(new Entry(milestone, at, Duration.between(now, at), reason));
        }
    }
}
