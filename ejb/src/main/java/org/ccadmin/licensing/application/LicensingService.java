package org.ccadmin.licensing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.licensing.domain.AuthorityRequest;
import org.ccadmin.licensing.domain.Authorization;
import org.ccadmin.licensing.domain.CaCertificate;
import org.ccadmin.licensing.domain.CommunicationFailure;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.DeregistrationOutcome;
import org.ccadmin.licensing.domain.DueAction;
import org.ccadmin.licensing.domain.ExchangeFailedException;
import org.ccadmin.licensing.domain.IdCertificate;
import org.ccadmin.licensing.domain.LicenseType;
import org.ccadmin.licensing.domain.LicensingLogEntry;
import org.ccadmin.licensing.domain.ProductInstance;
import org.ccadmin.licensing.domain.StoredProductInstance;
import org.ccadmin.licensing.domain.TransportSettings;
import org.ccadmin.licensing.domain.UsageMode;
import org.ccadmin.licensing.infrastructure.JpaProductInstances;
import org.ccadmin.licensing.infrastructure.JpaUsage;
import org.ccadmin.licensing.domain.EntitlementLine;
import org.ccadmin.licensing.domain.LineVerdict;
import org.ccadmin.licensing.domain.UsageReportLine;
import org.ccadmin.licensing.domain.UsageWindow;
import org.ccadmin.shared.application.ConfigurationChanged;
import org.ccadmin.shared.domain.AuditAction;
import java.time.Duration;
import java.util.ArrayList;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;

/**
 * License Management. Every use case loads the one product instance, locked (so the timer on any node and the
 * administrators take turns), lets the aggregate decide at {@link Clock} time, stores its facts, and publishes
 * what changed: each transition becomes a licensing log line and a {@code LicenseStateChanged} event, each
 * exchange with the authority a log line (request, outcome, refusal code and message). Configuration changes
 * and the administrator's verbs are audited. A failed exchange changes no licensing state; it leaves the log
 * line and the communication-failure alert, and the caller gets an {@link ExchangeFailedException}.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class LicensingService {

    @Inject
    private JpaProductInstances store;

    @Inject
    private LicenseAuthority authority;

    @Inject
    private LicensingJournal journal;

    @Inject
    private ChangeLog changes;

    @Inject
    private Clock clock;

    @Inject
    private JpaUsage usage;

    @Inject
    private UsageMeter meter;

    @Inject
    private jakarta.enterprise.event.Event<ConfigurationChanged> configurationChanged;

    // --- reading

    public LicensingStatusView status() {
        StoredProductInstance stored = load();
        return LicensingStatusView.of(stored.toDomain(), clock.instant(), stored.changeStamp());
    }

    public TransportView transport() {
        StoredProductInstance stored = load();
        return TransportView.of(stored, stored.toDomain().transport());
    }

    public Page<LicensingLogView> log(PageRequest page) {
        return store.log(page).map(LicensingLogView::of);
    }

    /** The longest span {@link #usageReports} gives at once: a quarter of windows. */
    public static final Duration USAGE_SPAN_MAX = Duration.ofDays(93);

    /**
     * The stored usage reports of the windows starting in [from, to), oldest first, each license line in the
     * instance's order: actual peak and the authority's verdict once answered.
     */
    public List<UsageReportView> usageReports(Instant from, Instant to) {
        org.ccadmin.shared.domain.Violations v = new org.ccadmin.shared.domain.Violations();
        v.required("from", from);
        v.required("to", to);
        v.throwIfAny();
        if (!to.isAfter(from)) {
            throw InvalidInputException.of("to", "invalidInput.range", "to must be after from.");
        }
        if (Duration.between(from, to).compareTo(USAGE_SPAN_MAX) > 0) {
            throw InvalidInputException.of("to", "invalidInput.range",
                    "At most " + USAGE_SPAN_MAX.toDays() + " days of usage reports at a time.");
        }
        List<UsageReportView> views = new ArrayList<>();
        for (UsageWindow w : usage.between(from, to)) {
            w.lines().forEach(l -> views.add(UsageReportView.of(w, l)));
        }
        return views;
    }

    /**
     * The License Management page's consumption summary: per license line, the actual usage of the newest
     * window, the usage reported in the newest answered one (locked while Out-of-Compliance) and the line's
     * status now.
     */
    public UsageSummaryView usageSummary() {
        ProductInstance p = load().toDomain();
        Instant now = clock.instant();
        UsageWindow latest = usage.latest().orElse(null);
        UsageWindow answered = usage.latestAnswered().orElse(null);
        List<UsageSummaryView.Line> lines = new ArrayList<>();
        for (EntitlementLine l : p.status(now).entitlements()) {
            UsageReportLine actual = line(latest, l.entitlement());
            UsageReportLine reported = line(answered, l.entitlement());
            lines.add(new UsageSummaryView.Line(l.entitlement().name(), l.entitlement().displayText(),
                    actual == null ? null : actual.actualPeak(), reported == null ? null : reported.reportedUsage(),
                    l.status().name(), l.status().displayText()));
        }
        return new UsageSummaryView(latest == null ? null : latest.windowStart(), latest == null ? null : latest.windowEnd(),
                answered == null ? null : answered.windowEnd(), usage.unsentCount(), lines);
    }

    private static UsageReportLine line(UsageWindow w, org.ccadmin.licensing.domain.Entitlement e) {
        return w == null ? null : w.lines().stream().filter(l -> l.entitlement() == e).findFirst().orElse(null);
    }

    // --- configuration (audited)

    /**
     * Deployment type, license type and usage mode, as the settings form saves them; a null one stays as it is.
     * While registered, license type and usage mode cannot change ("deregister first").
     */
    public LicensingStatusView changeSettings(ChangeStamp stamp, DeploymentType deploymentType, LicenseType licenseType,
            UsageMode usageMode) {
        return changeSettings(stamp, deploymentType, licenseType, usageMode, null);
    }

    /** As above, with the dialer ports in use (the Dialer Ports line's usage); null keeps them. */
    public LicensingStatusView changeSettings(ChangeStamp stamp, DeploymentType deploymentType, LicenseType licenseType,
            UsageMode usageMode, Integer dialerPorts) {
        StoredProductInstance stored = lock();
        stamp.verify(StoredProductInstance.RESOURCE, StoredProductInstance.ID, stored.changeStamp());
        ProductInstance p = stored.toDomain();
        Instant now = clock.instant();
        Map<String, Object> before = stored.auditState();
        if (licenseType != null || usageMode != null) {
            // One of the two alone changes only itself; the other stays as configured.
            LicenseType type = licenseType != null ? licenseType : p.configuredLicenseType();
            UsageMode mode = usageMode != null ? usageMode : p.usageMode();
            if (type != p.configuredLicenseType() || mode != p.usageMode()) {
                p.selectLicenseType(type, mode, now);
            }
        }
        // A PUT carries only what it changes (the API's convention): no deploymentType keeps the current one.
        if (deploymentType != null && deploymentType != p.deploymentType()) {
            p.changeDeploymentType(deploymentType, now);
        }
        if (dialerPorts != null) {
            p.configureDialerPorts(dialerPorts);
        }
        save(stored, p);
        changes.updated(stored, before);
        return LicensingStatusView.of(p, now, stored.changeStamp());
    }

    /** Transport may change at any time, registered or not. */
    public TransportView configureTransport(ChangeStamp stamp, TransportSettings settings) {
        StoredProductInstance stored = lock();
        stamp.verify(StoredProductInstance.RESOURCE, StoredProductInstance.ID, stored.changeStamp());
        ProductInstance p = stored.toDomain();
        Map<String, Object> before = stored.auditState();
        p.configureTransport(settings);
        save(stored, p);
        changes.updated(stored, before);
        return TransportView.of(stored, p.transport());
    }

    /** The authority's CA for HTTPS (null removes it); used from the next exchange on, no restart. */
    public TransportView trustCaCertificate(ChangeStamp stamp, CaCertificate certificate) {
        StoredProductInstance stored = lock();
        stamp.verify(StoredProductInstance.RESOURCE, StoredProductInstance.ID, stored.changeStamp());
        Map<String, Object> before = stored.auditState();
        stored.trustCaCertificate(certificate);
        store.flush();
        changes.updated(stored, before);
        return TransportView.of(stored, stored.toDomain().transport());
    }

    // --- exchanges with the authority

    public LicensingStatusView register(String token) {
        requireToken(token);
        StoredProductInstance stored = lock();
        ProductInstance p = stored.toDomain();
        p.checkCanRegister();
        Map<String, Object> before = stored.auditState();
        AuthorityConnection connection = connection(stored, p);
        Instant now = clock.instant();
        AuthorityRegistration answer = exchange(stored, p, AuthorityRequest.REGISTER, connection, null,
                () -> authority.register(connection, request(token, p)));
        journal.exchange(now, AuthorityRequest.REGISTER, authority.describe(connection), accepted(answer.certificate()));
        p.register(answer.certificate(), answer.authorizations(), clock.instant());
        stored.trustAuthorityKey(answer.authorityPublicKey());
        return audited(stored, p, before);
    }

    /**
     * Registers again with a new token, possibly into another virtual account. The new registration is made
     * first, so a refused token leaves the current one in force; the old instance is then released at the
     * authority (best effort: if that fails, the log says to remove it there by hand).
     */
    public LicensingStatusView reregister(String token) {
        requireToken(token);
        StoredProductInstance stored = lock();
        ProductInstance p = stored.toDomain();
        p.checkCanReregister();
        Map<String, Object> before = stored.auditState();
        AuthorityConnection oldConnection = connection(stored, p);
        String oldInstance = p.facts().certificate().instanceId();
        AuthorityConnection fresh = new AuthorityConnection(oldConnection.transport(), oldConnection.caCertificate(),
                oldConnection.productPublicKey(), oldConnection.productPrivateKey(), null);
        Instant now = clock.instant();
        AuthorityRegistration answer = exchange(stored, p, AuthorityRequest.REREGISTER, fresh, null,
                () -> authority.register(fresh, request(token, p)));
        journal.exchange(now, AuthorityRequest.REREGISTER, authority.describe(fresh), accepted(answer.certificate()));
        if (!oldInstance.equals(answer.certificate().instanceId())) {
            try {
                authority.deregister(oldConnection, oldInstance);
                journal.exchange(now, AuthorityRequest.DEREGISTER, authority.describe(oldConnection),
                        "released the previous instance " + oldInstance);
            } catch (AuthorityException e) {
                journal.failure(now, AuthorityRequest.DEREGISTER, authority.describe(oldConnection), e,
                        "Remove the previous instance " + oldInstance + " in the authority by hand.");
            }
        }
        p.reregister(answer.certificate(), answer.authorizations(), clock.instant());
        stored.trustAuthorityKey(answer.authorityPublicKey());
        return audited(stored, p, before);
    }

    /**
     * Releases the licenses at the authority. If it cannot be reached, the instance forgets its registration
     * anyway and the administrator must remove it in the authority (the log and the alert say so).
     */
    public LicensingStatusView deregister() {
        StoredProductInstance stored = lock();
        ProductInstance p = stored.toDomain();
        p.checkCanDeregister();
        Map<String, Object> before = stored.auditState();
        AuthorityConnection connection = connection(stored, p);
        String instanceId = p.facts().certificate().instanceId();
        Instant now = clock.instant();
        DeregistrationOutcome outcome;
        try {
            authority.deregister(connection, instanceId);
            journal.exchange(now, AuthorityRequest.DEREGISTER, authority.describe(connection), "licenses released");
            outcome = DeregistrationOutcome.RELEASED;
        } catch (AuthorityRefused e) {
            if (!"instance.unknown".equals(e.code())) {
                throw fail(stored, p, AuthorityRequest.DEREGISTER, connection, e, null);
            }
            // The authority no longer knows the instance: nothing is held there any more.
            journal.failure(now, AuthorityRequest.DEREGISTER, authority.describe(connection), e,
                    "The authority holds nothing for this instance; deregistered here.");
            outcome = DeregistrationOutcome.RELEASED;
        } catch (AuthorityUnreachable e) {
            String remove = "Deregistered locally: remove the product instance " + instanceId + " ("
                    + p.facts().certificate().serialNumber() + ") in the authority by hand.";
            p.recordFailure(AuthorityRequest.DEREGISTER, e.code(), e.getMessage() + " " + remove, now);
            journal.failure(now, AuthorityRequest.DEREGISTER, authority.describe(connection), e, remove);
            outcome = DeregistrationOutcome.AUTHORITY_UNREACHABLE;
        } catch (AuthorityException e) {
            throw fail(stored, p, AuthorityRequest.DEREGISTER, connection, e, null);
        }
        p.deregister(outcome, clock.instant());
        int dropped = usage.dropQueue();
        if (dropped > 0) {
            journal.note(now, dropped + " queued usage report(s) dropped",
                    "The authority no longer holds this instance, so the reports queued for it can never be sent; they stay"
                            + " in the consumption report, marked not sendable.");
        }
        return audited(stored, p, before);
    }

    /** Renews the authorization, then sends the queued usage reports (a failure there is recorded, not thrown). */
    public LicensingStatusView renewAuthorization() {
        StoredProductInstance stored = lock();
        ProductInstance p = stored.toDomain();
        p.checkCanRenewAuthorization(clock.instant());
        renew(stored, p, DueAction.RENEW_AUTHORIZATION, true);
        if (sendUsage(stored, p, USAGE_BATCHES_MANUAL) > 0) {
            usageChanged();
        }
        save(stored, p);
        return LicensingStatusView.of(p, clock.instant(), stored.changeStamp());
    }

    public LicensingStatusView renewRegistration() {
        StoredProductInstance stored = lock();
        ProductInstance p = stored.toDomain();
        p.checkCanRenewRegistration(clock.instant());
        renew(stored, p, DueAction.RENEW_REGISTRATION, true);
        save(stored, p);
        return LicensingStatusView.of(p, clock.instant(), stored.changeStamp());
    }

    // --- the timer

    /**
     * What the timer calls, on one node at a time: notes the deadlines passed by now, performs the renewals that
     * are due (unless a failed exchange asked to wait), and publishes the transitions. Never throws for a failed
     * exchange: that is recorded, and retried with back-off on later runs.
     */
    @PermitAll
    public void evaluate() {
        int computed = meter.computeClosedWindows();
        StoredProductInstance stored = store.lock().orElse(null);
        if (stored == null) {
            return;
        }
        ProductInstance p = stored.toDomain();
        Instant now = clock.instant();
        p.observe(now);
        boolean reachable = true;
        for (DueAction action : p.automaticRenewals(now)) {
            if (!renew(stored, p, action, false)) {
                reachable = false;
                break;
            }
        }
        // One failed exchange per run: a renewal that failed already tells the authority is out of reach.
        CommunicationFailure failure = p.communicationFailure();
        int sent = 0;
        if (reachable && (failure == null || failure.allowsAttemptAt(now))) {
            sent = sendUsage(stored, p, USAGE_BATCHES_PER_RUN);
        }
        save(stored, p);
        if (computed > 0 || sent > 0) {
            usageChanged();
        }
    }

    /**
     * Queued usage reports per exchange. The protocol allows 96, but the authority's answer to 96 windows of four
     * or five lines is longer than a signed message may be (64 KiB), so ccadmin sends 48 at a time.
     */
    static final int USAGE_BATCH = 48;
    /**
     * Exchanges per timer run: a day of windows, so a run stays short (it holds the product instance's lock);
     * a longer backlog goes on the following runs, still oldest first.
     */
    static final int USAGE_BATCHES_PER_RUN = 2;
    /** Exchanges of a Renew Authorization an administrator asked for: ten days of windows. */
    static final int USAGE_BATCHES_MANUAL = 20;

    /**
     * Sends the queued usage reports, oldest first, in batches of at most 96, while the instance is registered;
     * each window takes its verdict and the newest verdict tells the instance its pool's compliance. A failed
     * exchange leaves the rest queued (in order) and records the failure like any other exchange. Returns how
     * many reports went.
     */
    private int sendUsage(StoredProductInstance stored, ProductInstance p, int batches) {
        int sent = 0;
        for (int batch = 0; batch < batches && p.reportsUsage(); batch++) {
            List<UsageWindow> queued = usage.unsent(USAGE_BATCH);
            if (queued.isEmpty()) {
                break;
            }
            AuthorityConnection connection = connection(stored, p);
            Instant now = clock.instant();
            try {
                List<List<LineVerdict>> verdicts = authority.reportUsage(connection, p.facts().certificate().instanceId(), queued);
                for (int i = 0; i < queued.size(); i++) {
                    queued.get(i).answered(verdicts.get(i), now);
                }
                List<LineVerdict> newest = verdicts.get(verdicts.size() - 1);
                journal.exchange(now, AuthorityRequest.REPORT_USAGE, authority.describe(connection), queued.size()
                        + " usage report(s) sent, windows " + queued.get(0).windowStart() + " to "
                        + queued.get(queued.size() - 1).windowEnd() + "; newest verdict: " + describe(newest));
                p.applyUsageVerdicts(newest.stream().map(LineVerdict::compliance).toList(), clock.instant());
                sent += queued.size();
            } catch (AuthorityException e) {
                CommunicationFailure f = p.recordFailure(AuthorityRequest.REPORT_USAGE, e.code(), e.getMessage(), now);
                journal.failure(now, AuthorityRequest.REPORT_USAGE, authority.describe(connection), e,
                        usage.unsentCount() + " usage report(s) stay queued and go in window order; next automatic attempt at "
                                + f.nextAttemptAt() + ".");
                break;
            }
        }
        return sent;
    }

    private static String describe(List<LineVerdict> verdicts) {
        StringBuilder b = new StringBuilder();
        for (LineVerdict v : verdicts) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(v.entitlement().displayText()).append(' ').append(v.status().displayText()).append(" (pool ")
                    .append(v.poolUsage()).append(" of ").append(v.entitled()).append(", reported ").append(v.reportedUsage())
                    .append(v.outOfComplianceSince() != null ? ", out of compliance since " + v.outOfComplianceSince() : "")
                    .append(')');
        }
        return b.toString();
    }

    /** Open License Management pages re-render their consumption table (pushed after the commit). */
    private void usageChanged() {
        configurationChanged.fire(new ConfigurationChanged("licensing", StoredProductInstance.ID, AuditAction.UPDATE, "usage"));
    }

    /** When {@link #evaluate} next has something to do (a deadline or a retry), or null; lets a moved clock catch up. */
    @PermitAll
    public Instant nextWakeUp() {
        return store.find().map(s -> s.toDomain().nextWakeUp(clock.instant())).orElse(null);
    }

    // --- helpers

    /** One renewal exchange; false if it failed (then recorded, and thrown when an administrator asked for it). */
    private boolean renew(StoredProductInstance stored, ProductInstance p, DueAction action, boolean manual) {
        AuthorityConnection connection = connection(stored, p);
        String instanceId = p.facts().certificate().instanceId();
        Instant now = clock.instant();
        AuthorityRequest request = action == DueAction.RENEW_AUTHORIZATION
                ? AuthorityRequest.RENEW_AUTHORIZATION : AuthorityRequest.RENEW_REGISTRATION;
        try {
            if (action == DueAction.RENEW_AUTHORIZATION) {
                List<Authorization> answer = authority.authorize(connection, instanceId, p.effectiveLicenseType(),
                        p.usageMode(), p.licenseLines());
                journal.exchange(now, request, authority.describe(connection), answer.size() + " license line(s) answered");
                p.renewAuthorization(answer, clock.instant());
            } else {
                IdCertificate certificate = authority.renewRegistration(connection, instanceId);
                journal.exchange(now, request, authority.describe(connection),
                        "ID certificate renewed until " + certificate.expiresAt());
                p.renewRegistration(certificate, clock.instant());
            }
            return true;
        } catch (AuthorityException e) {
            if (manual) {
                throw fail(stored, p, request, connection, e, null);
            }
            CommunicationFailure f = p.recordFailure(request, e.code(), e.getMessage(), now);
            journal.failure(now, request, authority.describe(connection), e, "Next automatic attempt at "
                    + f.nextAttemptAt() + "; the licensing state is unchanged until a deadline passes.");
            return false;
        }
    }

    @FunctionalInterface
    private interface Exchange<T> {
        T run() throws AuthorityException;
    }

    private <T> T exchange(StoredProductInstance stored, ProductInstance p, AuthorityRequest request,
            AuthorityConnection connection, String consequence, Exchange<T> call) {
        try {
            return call.run();
        } catch (AuthorityException e) {
            throw fail(stored, p, request, connection, e, consequence);
        }
    }

    /** Records the failure (alert, log), stores it, and throws the exception that keeps both (no rollback). */
    private ExchangeFailedException fail(StoredProductInstance stored, ProductInstance p, AuthorityRequest request,
            AuthorityConnection connection, AuthorityException e, String consequence) {
        Instant now = clock.instant();
        p.recordFailure(request, e.code(), e.getMessage(), now);
        journal.failure(now, request, authority.describe(connection), e, consequence);
        save(stored, p);
        String message = e instanceof AuthorityUnreachable
                ? request.displayText() + " failed: the license authority could not be reached (" + e.getMessage()
                        + "). Check the transport settings; nothing was changed."
                : request.displayText() + " was refused by the license authority: " + e.getMessage();
        throw new ExchangeFailedException(e.code(), message, e instanceof AuthorityUnreachable);
    }

    private LicensingStatusView audited(StoredProductInstance stored, ProductInstance p, Map<String, Object> before) {
        save(stored, p);
        changes.updated(stored, before);
        return LicensingStatusView.of(p, clock.instant(), stored.changeStamp());
    }

    private void save(StoredProductInstance stored, ProductInstance p) {
        journal.publish(p.takeEvents());
        stored.store(p);
        store.flush();
    }

    private static RegistrationRequest request(String token, ProductInstance p) {
        return new RegistrationRequest(token.strip(), p.name(), p.effectiveLicenseType(), p.usageMode(),
                p.deploymentType(), p.licenseLines());
    }

    private static String accepted(IdCertificate c) {
        return "registered as " + c.instanceId() + " (serial number " + c.serialNumber() + ") in smart account "
                + c.smartAccount() + ", virtual account " + c.virtualAccount();
    }

    private static void requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw InvalidInputException.of("token", "invalidInput.fieldRequired",
                    "token is required: paste the product instance registration token from the license authority.");
        }
        if (token.strip().length() > 1000) {
            throw InvalidInputException.of("token", "invalidInput.tooLong", "token must be at most 1000 characters.");
        }
    }

    private static AuthorityConnection connection(StoredProductInstance stored, ProductInstance p) {
        return new AuthorityConnection(p.transport(), stored.caCertificate(), stored.productPublicKey(),
                stored.productPrivateKey(), stored.authorityPublicKey());
    }

    private StoredProductInstance load() {
        return store.find().orElseThrow(() -> new ResourceNotFoundException(StoredProductInstance.RESOURCE, StoredProductInstance.ID));
    }

    private StoredProductInstance lock() {
        return store.lock().orElseThrow(() -> new ResourceNotFoundException(StoredProductInstance.RESOURCE, StoredProductInstance.ID));
    }
}
