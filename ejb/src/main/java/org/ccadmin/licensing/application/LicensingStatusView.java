package org.ccadmin.licensing.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccadmin.licensing.domain.CommunicationFailure;
import org.ccadmin.licensing.domain.Deadlines;
import org.ccadmin.licensing.domain.DueAction;
import org.ccadmin.licensing.domain.EntitlementLine;
import org.ccadmin.licensing.domain.LicensingStatus;
import org.ccadmin.licensing.domain.ProductInstance;
import org.ccadmin.licensing.domain.RegistrationStatus;

/**
 * The License Management status for a page or the API: the Smart Licensing Status table (registration and
 * authorization status with their date and time, export-controlled functionality, accounts, product instance
 * name, serial number), the settings, the license lines, deadlines and what is due, the evaluation remaining,
 * and the communication-failure alert. Enums are given by constant and by display text.
 */
public record LicensingStatusView(
        String registrationStatus, String registrationStatusText, Instant registrationStatusAt,
        String authorizationStatus, String authorizationStatusText, Instant authorizationStatusAt,
        String exportControlled, String exportControlledText,
        String smartAccount, String virtualAccount, String productInstanceName, String serialNumber,
        String deploymentType, String deploymentTypeText,
        String configuredLicenseType, String licenseType, boolean licenseTypeForced, String usageMode,
        int dialerPorts, int maxConcurrentAgents,
        EnforcementView enforcement,
        List<LineView> licenseLines,
        Instant evaluationEndsAt, Long evaluationRemainingDays,
        Deadlines deadlines, List<DueAction> due, Instant nextDeadline,
        FailureView communicationFailure,
        Instant firstStartedAt, Instant at, long changeStamp) {

    public record LineView(String entitlement, String name, String status, String statusText) {
        static LineView of(EntitlementLine l) {
            return new LineView(l.entitlement().name(), l.entitlement().displayText(), l.status().name(),
                    l.status().displayText());
        }
    }

    public record EnforcementView(String reason, String reasonText, String remedy, Instant since) {
    }

    public record FailureView(String request, Instant at, String code, String message, int attempts, Instant nextAttemptAt,
            boolean unreachable) {
        static FailureView of(CommunicationFailure f) {
            return f == null ? null : new FailureView(f.request().name(), f.at(), f.code(), f.message(), f.attempts(),
                    f.nextAttemptAt(), f.isUnreachable());
        }
    }

    static LicensingStatusView of(ProductInstance p, Instant now, long changeStamp) {
        LicensingStatus s = p.status(now);
        Deadlines d = p.deadlines();
        var due = p.due(now);
        Long remaining = null;
        if (s.registrationStatus() == RegistrationStatus.UNREGISTERED) {
            Duration left = Duration.between(now, d.evaluationEndsAt());
            // Whole days left, counting a started day: 89 days and 1 hour left reads "90".
            remaining = left.isNegative() || left.isZero() ? 0 : (left.toSeconds() + 86399) / 86400;
        }
        return new LicensingStatusView(
                s.registrationStatus().name(), s.registrationStatus().displayText(), s.registrationStatusAt(),
                s.authorizationStatus().name(), s.authorizationStatus().displayText(), s.authorizationStatusAt(),
                s.exportControlledFunctionality().name(), s.exportControlledFunctionality().displayText(),
                s.smartAccount(), s.virtualAccount(), s.productInstanceName(), s.serialNumber(),
                p.deploymentType().name(), p.deploymentType().displayText(),
                name(p.configuredLicenseType()), name(s.licenseType()), p.isLicenseTypeForced(), name(s.usageMode()),
                p.dialerPorts(), p.deploymentType().maxConcurrentAgents(),
                s.enforcement() == null ? null : new EnforcementView(s.enforcement().reason().name(),
                        s.enforcement().reason().displayText(), s.enforcement().reason().remedy(), s.enforcement().since()),
                s.entitlements().stream().map(LineView::of).toList(),
                d.evaluationEndsAt(), remaining,
                d, due.actions(), due.nextDeadline(),
                FailureView.of(p.communicationFailure()),
                p.firstStartedAt(), now, changeStamp);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
