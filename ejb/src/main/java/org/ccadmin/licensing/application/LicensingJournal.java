package org.ccadmin.licensing.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.ccadmin.licensing.domain.AuthorityRequest;
import org.ccadmin.licensing.domain.LicenseStateChanged;
import org.ccadmin.licensing.domain.LicensingLogEntry;
import org.ccadmin.licensing.domain.LicensingLogKind;
import org.ccadmin.licensing.domain.LicensingStatus;
import org.ccadmin.licensing.infrastructure.JpaProductInstances;

/**
 * Writes the licensing log and announces transitions, in the caller's transaction: each
 * {@link LicenseStateChanged} becomes a log line and a CDI event (observers that reach the outside world use
 * {@code AFTER_SUCCESS}).
 */
@Dependent
class LicensingJournal {

    @Inject
    private JpaProductInstances store;

    @Inject
    private Event<LicenseStateChanged> changed;

    @Inject
    private Event<LicensingExchangeFailed> failed;

    void publish(List<LicenseStateChanged> events) {
        for (LicenseStateChanged e : events) {
            store.append(new LicensingLogEntry(e.at(), LicensingLogKind.TRANSITION, transition(e), detail(e)));
            changed.fire(e);
        }
    }

    void exchange(Instant at, AuthorityRequest request, String endpoint, String outcome) {
        store.append(new LicensingLogEntry(at, LicensingLogKind.EXCHANGE, request.displayText() + ": " + outcome,
                "Request " + request.name() + " to " + endpoint + ". " + outcome));
    }

    void failure(Instant at, AuthorityRequest request, String endpoint, AuthorityException e, String consequence) {
        String what = e instanceof AuthorityUnreachable ? "the authority could not be reached" : "refused by the authority";
        store.append(new LicensingLogEntry(at, LicensingLogKind.ERROR,
                request.displayText() + " failed: " + what + " (" + e.code() + ")",
                "Request " + request.name() + " to " + endpoint + ". " + e.code() + ": " + e.getMessage()
                        + (consequence == null ? "" : " " + consequence)));
        failed.fire(new LicensingExchangeFailed(request, e.code(), at));
    }

    void note(Instant at, String summary, String detail) {
        store.append(new LicensingLogEntry(at, LicensingLogKind.TRANSITION, summary, detail));
    }

    static String transition(LicenseStateChanged e) {
        return cause(e) + ": " + brief(e.from()) + " → " + brief(e.to());
    }

    private static String cause(LicenseStateChanged e) {
        return switch (e.cause()) {
            case DEPLOYMENT_TYPE_CHANGED -> "Deployment type changed";
            case LICENSE_TYPE_SELECTED -> "License type selected";
            case REGISTERED -> "Registered";
            case REREGISTERED -> "Reregistered";
            case AUTHORIZATION_RENEWED -> "Authorization renewed";
            case REGISTRATION_RENEWED -> "Registration renewed";
            case DEREGISTERED -> "Deregistered";
            case DEREGISTERED_LOCALLY -> "Deregistered locally (authority unreachable)";
            case DEADLINE_PASSED -> "Deadline passed";
            case USAGE_REPORTED -> "Usage reported";
        };
    }

    private static String brief(LicensingStatus s) {
        return s.registrationStatus().displayText() + " · " + s.authorizationStatus().displayText()
                + (s.isEnforced() ? " · Enforcement (" + s.enforcement().reason().displayText() + ")" : "");
    }

    private static String detail(LicenseStateChanged e) {
        LicensingStatus to = e.to();
        StringBuilder b = new StringBuilder();
        b.append("Registration Status: ").append(to.registrationStatus().displayText());
        if (to.registrationStatusAt() != null) {
            b.append(" (").append(to.registrationStatusAt()).append(')');
        }
        b.append("; License Authorization Status: ").append(to.authorizationStatus().displayText());
        if (to.authorizationStatusAt() != null) {
            b.append(" (").append(to.authorizationStatusAt()).append(')');
        }
        if (to.virtualAccount() != null) {
            b.append("; Smart Account: ").append(to.smartAccount()).append("; Virtual Account: ").append(to.virtualAccount());
        }
        if (to.licenseType() != null) {
            b.append("; License type: ").append(to.licenseType().displayText()).append(' ')
                    .append(to.usageMode().displayText());
        }
        return b.append('.').toString();
    }
}
