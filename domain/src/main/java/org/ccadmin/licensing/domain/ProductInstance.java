package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.Violations;

/**
 * The installation as the licensing authority knows it: one per deployment. It records only facts (when it
 * first started, what was configured, which certificate and authorizations the authority last gave and when)
 * and derives every status from them for a given instant, so the state after any sequence of events is a pure
 * function of those facts and "now" ({@link #status}, {@link #due}). The exchanges with the authority happen
 * outside: a service asks {@code checkCan…} first, talks to the authority, then hands the outcome to the verb.
 * Every change is recorded as a {@link LicenseStateChanged}, a passed deadline too (noticed by
 * {@link #observe}), and handed out by {@link #takeEvents}; each verb also returns its own.
 */
public class ProductInstance {

    public static final int NAME_MAX = 255;

    private final String name;
    private final Instant firstStartedAt;
    private final LicensingPeriods periods;
    private DeploymentType deploymentType;
    private LicenseType licenseType;
    private UsageMode usageMode;
    private TransportSettings transport;
    private Registration registration;
    private AuthorizationGrant authorization;
    private Instant deregisteredAt;
    /** The last instant whose status was reported; {@link #observe} reports what changed since. */
    private Instant observedAt;
    private CommunicationFailure failure;
    /** The pool's latest verdict per line; it overrides the authorization's status until the next authorization. */
    private final Map<Entitlement, LineCompliance> compliance = new EnumMap<>(Entitlement.class);
    private int dialerPorts;
    private final List<LicenseStateChanged> events = new ArrayList<>();

    public static final int DIALER_PORTS_MAX = 100_000;

    private ProductInstance(String name, DeploymentType deploymentType, Instant firstStartedAt, LicensingPeriods periods) {
        this.name = name;
        this.deploymentType = deploymentType;
        this.firstStartedAt = firstStartedAt;
        this.periods = periods;
        this.observedAt = firstStartedAt;
    }

    /** The installation's first start: the evaluation period begins now and is never restarted. */
    public static ProductInstance install(String name, DeploymentType deploymentType, Instant firstStartedAt,
            LicensingPeriods periods) {
        Violations v = new Violations();
        if (name == null || name.isBlank()) {
            v.add("name", "invalidInput.fieldRequired", "name is required.");
        }
        v.maxLength("name", name, NAME_MAX);
        v.required("deploymentType", deploymentType);
        v.required("firstStartedAt", firstStartedAt);
        v.required("periods", periods);
        v.throwIfAny();
        return new ProductInstance(name, deploymentType, firstStartedAt, periods);
    }

    /**
     * Everything the instance recorded, for storing it; {@link #restore} gives the same instance back. Pending
     * events are not facts: the service publishes them before storing.
     */
    public record Facts(String name, Instant firstStartedAt, LicensingPeriods periods, DeploymentType deploymentType,
            LicenseType licenseType, UsageMode usageMode, TransportSettings transport,
            IdCertificate certificate, Instant registeredAt, Instant renewedAt,
            List<Authorization> authorizations, Instant authorizedAt,
            Instant deregisteredAt, Instant observedAt, CommunicationFailure failure,
            List<LineCompliance> compliance, int dialerPorts) {

        public Facts {
            authorizations = authorizations == null ? List.of() : List.copyOf(authorizations);
            compliance = compliance == null ? List.of() : List.copyOf(compliance);
        }
    }

    public Facts facts() {
        return new Facts(name, firstStartedAt, periods, deploymentType, licenseType, usageMode, transport,
                registration != null ? registration.certificate() : null,
                registration != null ? registration.registeredAt() : null,
                registration != null ? registration.renewedAt() : null,
                authorization != null ? List.copyOf(authorization.byEntitlement().values()) : List.of(),
                authorization != null ? authorization.authorizedAt() : null,
                deregisteredAt, observedAt, failure, List.copyOf(compliance.values()), dialerPorts);
    }

    /** The instance as stored; a registration needs its certificate, both of its times and its authorization time. */
    public static ProductInstance restore(Facts f) {
        ProductInstance p = install(f.name(), f.deploymentType(), f.firstStartedAt(), f.periods());
        p.licenseType = f.licenseType();
        p.usageMode = f.usageMode();
        p.transport = f.transport();
        if (f.certificate() != null) {
            Objects.requireNonNull(f.registeredAt(), "registeredAt");
            Objects.requireNonNull(f.renewedAt(), "renewedAt");
            Objects.requireNonNull(f.authorizedAt(), "authorizedAt");
            p.registration = new Registration(f.certificate(), f.registeredAt(), f.renewedAt());
            p.authorization = AuthorizationGrant.of(f.authorizations(), f.authorizedAt());
        }
        p.deregisteredAt = f.deregisteredAt();
        p.observedAt = Objects.requireNonNull(f.observedAt(), "observedAt");
        p.failure = f.failure();
        if (f.certificate() != null) {
            f.compliance().forEach(c -> p.compliance.put(c.entitlement(), c));
        }
        p.dialerPorts = f.dialerPorts();
        return p;
    }

    // --- configuration

    /** Refused while registered if the new type would change the license type or lines in force. */
    public LicenseStateChanged changeDeploymentType(DeploymentType newType, Instant now) {
        Violations v = new Violations();
        v.required("deploymentType", newType);
        v.throwIfAny();
        if (registration != null && (newType.effectiveLicenseType(licenseType) != effectiveLicenseType()
                || !LicenseLines.of(newType.effectiveLicenseType(licenseType), usageMode, newType).equals(licenseLines()))) {
            throw new ConflictException("conflict.deregisterFirst", "Changing the deployment type to "
                    + newType.displayText() + " would change the licenses of the registered product instance; deregister first.");
        }
        LicensingStatus before = catchUp(now);
        deploymentType = newType;
        return record(before, now, LicenseChangeCause.DEPLOYMENT_TYPE_CHANGED);
    }

    /** License type and usage mode are chosen together, and only while unregistered (repeating them is fine). */
    public LicenseStateChanged selectLicenseType(LicenseType type, UsageMode mode, Instant now) {
        if (registration != null && (type != licenseType || mode != usageMode)) {
            throw new ConflictException("conflict.deregisterFirst",
                    "The license type and usage mode cannot change while the product instance is registered; deregister first.");
        }
        Violations v = new Violations();
        v.required("licenseType", type);
        v.required("usageMode", mode);
        v.throwIfAny();
        LicenseLines.checkOffered(type, mode);
        LicensingStatus before = catchUp(now);
        licenseType = type;
        usageMode = mode;
        return record(before, now, LicenseChangeCause.LICENSE_TYPE_SELECTED);
    }

    /** Transport may change at any time, registered or not; it does not change the licensing state. */
    public void configureTransport(TransportSettings settings) {
        Violations v = new Violations();
        v.required("transport", settings);
        v.throwIfAny();
        transport = settings;
    }

    /** The dialer ports in use, a licensing setting (the Dialer Ports line's usage); any time, no status change. */
    public void configureDialerPorts(Integer ports) {
        Violations v = new Violations();
        if (v.required("dialerPorts", ports)) {
            v.range("dialerPorts", ports, 0, DIALER_PORTS_MAX);
        }
        v.throwIfAny();
        dialerPorts = ports;
    }

    // --- usage reports

    /**
     * Whether usage reports made now may go to the authority: only a registered instance reports. During
     * evaluation (and after it) the reports are kept for the consumption report but never sent.
     */
    public boolean reportsUsage() {
        return registration != null;
    }

    /**
     * The authority's verdicts on the newest usage report, per line. A line's verdict overrides its authorization
     * status until the next authorization; Out-of-Compliance since counts towards Enforcement. Returns the change
     * when a status changed (Out-of-Compliance began or ended, Enforcement came or went), else nothing.
     */
    public Optional<LicenseStateChanged> applyUsageVerdicts(List<LineCompliance> verdicts, Instant now) {
        Objects.requireNonNull(verdicts, "verdicts");
        requireRegistration();
        LicensingStatus before = catchUp(now);
        for (LineCompliance c : verdicts) {
            compliance.put(c.entitlement(), c);
        }
        if (failure != null && failure.request() == AuthorityRequest.REPORT_USAGE) {
            // The authority answered: the usage alert is over (a renewal's alert stays until that renewal works).
            failure = null;
        }
        LicensingStatus after = status(now);
        if (now.isAfter(observedAt)) {
            observedAt = now;
        }
        if (before.equals(after)) {
            return Optional.empty();
        }
        LicenseStateChanged event = new LicenseStateChanged(before, after, now, LicenseChangeCause.USAGE_REPORTED);
        events.add(event);
        return Optional.of(event);
    }

    // --- exchanges with the authority: check first, then apply the outcome

    public void checkCanRegister() {
        if (registration != null) {
            throw new ConflictException("conflict.alreadyRegistered",
                    "The product instance is already registered; use Reregister to register it again.");
        }
        checkPrerequisites();
    }

    public LicenseStateChanged register(IdCertificate certificate, List<Authorization> authorizations, Instant now) {
        checkCanRegister();
        return establish(certificate, authorizations, now, LicenseChangeCause.REGISTERED);
    }

    /** Reregister works from Registered and Registration Expired; a token of another virtual account moves it there. */
    public void checkCanReregister() {
        requireRegistration();
        checkPrerequisites();
    }

    public LicenseStateChanged reregister(IdCertificate certificate, List<Authorization> authorizations, Instant now) {
        checkCanReregister();
        return establish(certificate, authorizations, now, LicenseChangeCause.REREGISTERED);
    }

    public void checkCanRenewAuthorization(Instant now) {
        requireValidRegistration(now, "renewing the authorization");
    }

    public LicenseStateChanged renewAuthorization(List<Authorization> authorizations, Instant now) {
        checkCanRenewAuthorization(now);
        AuthorizationGrant grant = AuthorizationGrant.of(authorizations, now);
        LicensingStatus before = catchUp(now);
        authorization = grant;
        complianceFrom(grant, now);
        failure = null;
        return record(before, now, LicenseChangeCause.AUTHORIZATION_RENEWED);
    }

    public void checkCanRenewRegistration(Instant now) {
        requireValidRegistration(now, "renewing the registration");
    }

    public LicenseStateChanged renewRegistration(IdCertificate certificate, Instant now) {
        checkCanRenewRegistration(now);
        requireCertificate(certificate);
        LicensingStatus before = catchUp(now);
        registration = registration.renewed(certificate, now);
        failure = null;
        return record(before, now, LicenseChangeCause.REGISTRATION_RENEWED);
    }

    public void checkCanDeregister() {
        requireRegistration();
    }

    /**
     * Forgets the registration whether or not the authority released the licenses. The instance falls back to
     * Evaluation if the evaluation period (counted from the first start) still runs, else to Evaluation Expired.
     */
    public LicenseStateChanged deregister(DeregistrationOutcome outcome, Instant now) {
        checkCanDeregister();
        Objects.requireNonNull(outcome, "outcome");
        LicensingStatus before = catchUp(now);
        registration = null;
        authorization = null;
        compliance.clear();
        deregisteredAt = now;
        if (outcome == DeregistrationOutcome.RELEASED) {
            failure = null;
        }
        return record(before, now, outcome == DeregistrationOutcome.RELEASED
                ? LicenseChangeCause.DEREGISTERED : LicenseChangeCause.DEREGISTERED_LOCALLY);
    }

    // --- derived state

    public LicensingStatus status(Instant now) {
        return new Lifecycle(this).status(now);
    }

    public Deadlines deadlines() {
        return new Lifecycle(this).deadlines();
    }

    /** What a timer should do at {@code now}. */
    public Due due(Instant now) {
        return new Lifecycle(this).due(now);
    }

    /**
     * Reports a change that time alone made since the last report (an expiry, enforcement), once. A timer calls
     * it on every run; every verb calls it first, so a deadline passed unnoticed is reported before the verb's
     * own change. An instant not after the last report changes nothing.
     */
    public Optional<LicenseStateChanged> observe(Instant now) {
        Objects.requireNonNull(now, "now");
        if (!now.isAfter(observedAt)) {
            return Optional.empty();
        }
        LicensingStatus before = status(observedAt);
        LicensingStatus after = status(now);
        observedAt = now;
        if (before.equals(after)) {
            return Optional.empty();
        }
        LicenseStateChanged event = new LicenseStateChanged(before, after, now, LicenseChangeCause.DEADLINE_PASSED);
        events.add(event);
        return Optional.of(event);
    }

    // --- failed exchanges and retries

    /**
     * An exchange with the authority failed: no licensing state changes (only a passing deadline does that),
     * but the status carries the alert and automatic renewals back off (see {@link CommunicationFailure}).
     */
    public CommunicationFailure recordFailure(AuthorityRequest request, String code, String message, Instant now) {
        Objects.requireNonNull(now, "now");
        failure = CommunicationFailure.after(failure, request, code, message, now);
        return failure;
    }

    /** The last exchange's failure, or null when it succeeded (or none was made). */
    public CommunicationFailure communicationFailure() {
        return failure;
    }

    /** The renewals a timer should try at {@code now}: those due, unless a failed exchange asks to wait longer. */
    public List<DueAction> automaticRenewals(Instant now) {
        if (failure != null && !failure.allowsAttemptAt(now)) {
            return List.of();
        }
        return due(now).actions();
    }

    /**
     * The next instant at which a timer has something to do: a deadline, or the retry of a failed renewal that
     * is still due. Null when nothing is ahead. Used to let a moved clock catch up step by step.
     */
    public Instant nextWakeUp(Instant now) {
        Due due = due(now);
        Instant next = due.nextDeadline();
        if (failure != null && !due.isNothing() && failure.nextAttemptAt().isAfter(now)
                && (next == null || failure.nextAttemptAt().isBefore(next))) {
            next = failure.nextAttemptAt();
        }
        return next;
    }

    /** The changes recorded since the last call, oldest first, for the service to publish. */
    public List<LicenseStateChanged> takeEvents() {
        List<LicenseStateChanged> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    // --- helpers

    private LicenseStateChanged establish(IdCertificate certificate, List<Authorization> authorizations, Instant now,
            LicenseChangeCause cause) {
        requireCertificate(certificate);
        AuthorizationGrant grant = AuthorizationGrant.of(authorizations, now);
        LicensingStatus before = catchUp(now);
        registration = Registration.made(certificate, now);
        authorization = grant;
        complianceFrom(grant, now);
        failure = null;
        return record(before, now, cause);
    }

    /**
     * A fresh authorization is the authority's newest word on every line: a line it calls Out-of-Compliance keeps
     * the since it had (the pool's state carries on), or starts now if none was known; the others drop their
     * verdict, so the authorization's status shows.
     */
    private void complianceFrom(AuthorizationGrant grant, Instant now) {
        Map<Entitlement, LineCompliance> kept = new EnumMap<>(Entitlement.class);
        for (Authorization a : grant.byEntitlement().values()) {
            if (a.status() == EntitlementStatus.OUT_OF_COMPLIANCE) {
                LineCompliance previous = compliance.get(a.entitlement());
                Instant since = previous != null && previous.outOfCompliance() ? previous.outOfComplianceSince() : now;
                kept.put(a.entitlement(), new LineCompliance(a.entitlement(), EntitlementStatus.OUT_OF_COMPLIANCE, since));
            }
        }
        compliance.clear();
        compliance.putAll(kept);
    }

    private LicensingStatus catchUp(Instant now) {
        observe(now);
        return status(now);
    }

    private LicenseStateChanged record(LicensingStatus before, Instant now, LicenseChangeCause cause) {
        if (now.isAfter(observedAt)) {
            observedAt = now;
        }
        LicenseStateChanged event = new LicenseStateChanged(before, status(now), now, cause);
        events.add(event);
        return event;
    }

    private void checkPrerequisites() {
        List<FieldError> missing = new ArrayList<>();
        if (licenseType == null) {
            missing.add(new FieldError("licenseType", "invalidInput.fieldRequired",
                    "Select the license type and usage mode before registering."));
        }
        if (transport == null) {
            missing.add(new FieldError("transport", "invalidInput.fieldRequired",
                    "Save the transport settings before registering."));
        }
        if (!missing.isEmpty()) {
            String message = missing.size() == 1 ? missing.get(0).message()
                    : "Select the license type and usage mode and save the transport settings before registering.";
            throw new ConflictException("conflict.registrationNotReady", message, missing, List.of());
        }
    }

    private void requireRegistration() {
        if (registration == null) {
            throw new ConflictException("conflict.notRegistered", "The product instance is not registered; register it first.");
        }
    }

    private void requireValidRegistration(Instant now, String action) {
        requireRegistration();
        if (new Lifecycle(this).registrationExpired(now)) {
            throw new ConflictException("conflict.registrationExpired",
                    "The registration has expired; reregister the product instance before " + action + ".");
        }
    }

    private static void requireCertificate(IdCertificate certificate) {
        Violations v = new Violations();
        v.required("certificate", certificate);
        v.throwIfAny();
    }

    // --- accessors

    public String name() { return name; }
    public Instant firstStartedAt() { return firstStartedAt; }
    public LicensingPeriods periods() { return periods; }
    public DeploymentType deploymentType() { return deploymentType; }
    /** As configured; see {@link #effectiveLicenseType()} for the one that applies. */
    public LicenseType configuredLicenseType() { return licenseType; }
    public LicenseType effectiveLicenseType() { return deploymentType.effectiveLicenseType(licenseType); }
    public UsageMode usageMode() { return usageMode; }
    public TransportSettings transport() { return transport; }
    public boolean isLicenseTypeForced() { return licenseType != null && effectiveLicenseType() != licenseType; }
    public List<Entitlement> licenseLines() { return LicenseLines.of(effectiveLicenseType(), usageMode, deploymentType); }
    Registration registration() { return registration; }
    AuthorizationGrant authorizationGrant() { return authorization; }
    Instant deregisteredAt() { return deregisteredAt; }
    Map<Entitlement, LineCompliance> compliance() { return Collections.unmodifiableMap(compliance); }
    public int dialerPorts() { return dialerPorts; }
}
