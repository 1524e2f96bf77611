package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of time, as a pure function of what a {@link ProductInstance} recorded and an instant: its
 * deadlines, its status and what is due. Kept apart from the aggregate so that the verbs (what may happen)
 * and the derivation (what follows from it) each stay readable.
 */
final class Lifecycle {

    private final ProductInstance instance;
    private final Registration registration;
    private final AuthorizationGrant grant;
    private final Deadlines deadlines;

    Lifecycle(ProductInstance instance) {
        this.instance = instance;
        this.registration = instance.registration();
        this.grant = instance.authorizationGrant();
        this.deadlines = computeDeadlines();
    }

    Deadlines deadlines() {
        return deadlines;
    }

    private Deadlines computeDeadlines() {
        LicensingPeriods p = instance.periods();
        Instant evaluationEnds = p.after(instance.firstStartedAt(), p.evaluation());
        if (registration == null) {
            return new Deadlines(evaluationEnds, null, null, null, null, null, null);
        }
        Instant renewed = registration.renewedAt();
        Instant registrationExpires = earliest(p.after(renewed, p.registrationValidity()),
                registration.certificate().expiresAt());
        Instant authorized = grant.authorizedAt();
        Instant authorizationExpires = p.after(authorized, p.authorizationExpiry());
        for (Entitlement e : instance.licenseLines()) {
            Authorization a = grant.get(e);
            if (a != null) {
                authorizationExpires = earliest(authorizationExpires, a.expiresAt());
            }
        }
        Instant outOfComplianceSince = outOfComplianceSince();
        return new Deadlines(evaluationEnds, p.after(renewed, p.registrationRenewal()), registrationExpires,
                p.after(authorized, p.authorizationRenewal()), authorizationExpires,
                p.after(authorizationExpires, p.enforcementGrace()),
                outOfComplianceSince == null ? null : p.after(outOfComplianceSince, p.outOfCompliance()));
    }

    /** The earliest Out-of-Compliance since among the instance's lines: the pool's 90 days run from it. */
    private Instant outOfComplianceSince() {
        return instance.licenseLines().stream().map(e -> instance.compliance().get(e))
                .filter(c -> c != null && c.outOfCompliance()).map(LineCompliance::outOfComplianceSince)
                .min(Instant::compareTo).orElse(null);
    }

    LicensingStatus status(Instant now) {
        RegistrationStatus registrationStatus = registrationStatus(now);
        List<EntitlementLine> lines = instance.licenseLines().stream()
                .map(e -> new EntitlementLine(e, lineStatus(e, now))).toList();
        AuthorizationStatus authorizationStatus = authorizationStatus(now, lines);
        Instant authorizationAt = authorizationStatusAt(authorizationStatus);
        IdCertificate certificate = registration != null ? registration.certificate() : null;
        boolean exportControlled = registrationStatus == RegistrationStatus.REGISTERED && certificate.exportControlled();
        return new LicensingStatus(registrationStatus, registrationStatusAt(registrationStatus),
                authorizationStatus, authorizationAt,
                exportControlled ? ExportControlledFunctionality.ALLOWED : ExportControlledFunctionality.NOT_ALLOWED,
                certificate != null ? certificate.smartAccount() : null,
                certificate != null ? certificate.virtualAccount() : null,
                instance.name(),
                certificate != null ? certificate.serialNumber() : null,
                instance.effectiveLicenseType(), instance.usageMode(),
                enforcement(now, authorizationStatus, authorizationAt), lines);
    }

    Due due(Instant now) {
        List<DueAction> actions = new ArrayList<>();
        if (registration != null && now.isBefore(deadlines.registrationExpiresAt())) {
            if (!now.isBefore(deadlines.registrationRenewalDueAt())) {
                actions.add(DueAction.RENEW_REGISTRATION);
            }
            if (!now.isBefore(deadlines.authorizationRenewalDueAt())) {
                actions.add(DueAction.RENEW_AUTHORIZATION);
            }
        }
        return new Due(actions, deadlines.nextAfter(now).orElse(null));
    }

    boolean registrationExpired(Instant now) {
        return registration != null && !now.isBefore(deadlines.registrationExpiresAt());
    }

    private RegistrationStatus registrationStatus(Instant now) {
        if (registration == null) {
            return RegistrationStatus.UNREGISTERED;
        }
        return registrationExpired(now) ? RegistrationStatus.REGISTRATION_EXPIRED : RegistrationStatus.REGISTERED;
    }

    private Instant registrationStatusAt(RegistrationStatus status) {
        return switch (status) {
            case UNREGISTERED -> instance.deregisteredAt();
            case REGISTERED -> registration.registeredAt();
            case REGISTRATION_EXPIRED -> deadlines.registrationExpiresAt();
        };
    }

    private boolean evaluationRunning(Instant now) {
        return now.isBefore(deadlines.evaluationEndsAt());
    }

    private boolean authorizationExpired(Instant now) {
        return !now.isBefore(deadlines.authorizationExpiresAt());
    }

    private EntitlementStatus lineStatus(Entitlement e, Instant now) {
        if (registration == null) {
            return evaluationRunning(now) ? EntitlementStatus.EVALUATION : EntitlementStatus.EVALUATION_EXPIRED;
        }
        if (authorizationExpired(now)) {
            return EntitlementStatus.AUTHORIZATION_EXPIRED;
        }
        LineCompliance verdict = instance.compliance().get(e);
        if (verdict != null) {
            return verdict.status();
        }
        Authorization a = grant.get(e);
        return a != null ? a.status() : EntitlementStatus.NOT_AUTHORIZED;
    }

    /** Unregistered: evaluation or not. Registered: expiry first, then the worst line the authority answered. */
    private AuthorizationStatus authorizationStatus(Instant now, List<EntitlementLine> lines) {
        if (registration == null) {
            return evaluationRunning(now) ? AuthorizationStatus.EVALUATION : AuthorizationStatus.EVALUATION_EXPIRED;
        }
        if (authorizationExpired(now)) {
            return AuthorizationStatus.AUTHORIZATION_EXPIRED;
        }
        if (lines.stream().anyMatch(l -> l.status() == EntitlementStatus.OUT_OF_COMPLIANCE)) {
            return AuthorizationStatus.OUT_OF_COMPLIANCE;
        }
        if (lines.stream().anyMatch(l -> l.status() == EntitlementStatus.NOT_AUTHORIZED)) {
            return AuthorizationStatus.UNAUTHORIZED;
        }
        return AuthorizationStatus.AUTHORIZED;
    }

    private Instant authorizationStatusAt(AuthorizationStatus status) {
        return switch (status) {
            case EVALUATION -> latest(instance.firstStartedAt(), instance.deregisteredAt());
            case EVALUATION_EXPIRED -> latest(deadlines.evaluationEndsAt(), instance.deregisteredAt());
            case AUTHORIZATION_EXPIRED -> deadlines.authorizationExpiresAt();
            case OUT_OF_COMPLIANCE -> outOfComplianceSince() != null ? outOfComplianceSince() : grant.authorizedAt();
            default -> grant.authorizedAt();
        };
    }

    private Enforcement enforcement(Instant now, AuthorizationStatus status, Instant statusAt) {
        if (status == AuthorizationStatus.EVALUATION_EXPIRED) {
            return new Enforcement(EnforcementReason.EVALUATION_EXPIRY, statusAt);
        }
        if (status == AuthorizationStatus.AUTHORIZATION_EXPIRED && !now.isBefore(deadlines.enforcementStartsAt())) {
            return new Enforcement(EnforcementReason.AUTHORIZATION_EXPIRY, deadlines.enforcementStartsAt());
        }
        Instant oocEnforcement = deadlines.outOfComplianceEnforcementAt();
        if (status == AuthorizationStatus.OUT_OF_COMPLIANCE && oocEnforcement != null && !now.isBefore(oocEnforcement)) {
            return new Enforcement(EnforcementReason.OUT_OF_COMPLIANCE_EXPIRY, oocEnforcement);
        }
        return null;
    }

    private static Instant earliest(Instant a, Instant b) {
        return b.isBefore(a) ? b : a;
    }

    private static Instant latest(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
