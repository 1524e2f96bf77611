package org.ccadmin.licensing.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccadmin.licensing.compliance.OverageRule;
import org.ccadmin.licensing.compliance.PoolState;
import org.ccadmin.licensing.compliance.UsageWindows;
import java.util.function.Function;
import org.ccadmin.licensing.domain.Authorization;
import org.ccadmin.licensing.domain.DueAction;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.domain.IdCertificate;
import org.ccadmin.licensing.domain.EntitlementStatus;
import org.ccadmin.licensing.domain.LicensingStatus;
import org.ccadmin.licensing.domain.LineCompliance;
import org.ccadmin.licensing.domain.ProductInstance;

/**
 * What-if: the usage of each line becomes a given number from now on. Exact because it runs the very rules the
 * running system uses, on a copy: the authority's {@link OverageRule} window by window (the same class decides
 * in the authority), the verdicts applied with {@link ProductInstance#applyUsageVerdicts} (what the reporting
 * timer does) and the status read with {@link ProductInstance#status} (what every page and timer reads); the
 * day enforcement would start comes from the same instance's deadlines.
 */
final class UsageProjection {

    /** How long the authority's authorizations are valid (the protocol's 90 days). */
    private static final java.time.Duration AUTHORIZATION_VALIDITY = java.time.Duration.ofDays(90);

    private final OverageRule rule;

    UsageProjection(OverageRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    record Start(PoolState state, int entitled) {
    }

    /**
     * @param copy   the instance as stored now (a copy: it is changed)
     * @param starts per line, the pool state and entitlement of the latest verdict
     * @param usage  per line, the usage assumed from now on
     */
    List<WhatIfView.Change> project(ProductInstance copy, Map<Entitlement, Start> starts, Map<Entitlement, Integer> usage,
            Instant now, Function<Instant, IdCertificate> renewedCertificate) {
        List<WhatIfView.Change> changes = new ArrayList<>();
        LicensingStatus before = copy.status(now);
        if (!copy.reportsUsage()) {
            copy.deadlines().nextAfter(now).ifPresent(at -> statusChange(copy, before, at, changes));
            return changes;
        }
        Map<Entitlement, PoolState> states = new EnumMap<>(Entitlement.class);
        starts.forEach((e, s) -> states.put(e, s.state()));
        Instant windowEnd = UsageWindows.endOf(UsageWindows.startOf(now));
        LicensingStatus last = before;
        // Enough windows to count a whole run of overages from zero, plus the window that decides after it.
        for (int k = 0; k <= rule.threshold() + 1; k++, windowEnd = windowEnd.plus(UsageWindows.LENGTH)) {
            List<LineCompliance> verdicts = new ArrayList<>();
            boolean changed = false;
            for (Map.Entry<Entitlement, Integer> u : usage.entrySet()) {
                Entitlement e = u.getKey();
                Start start = starts.getOrDefault(e, new Start(PoolState.compliant(), 0));
                PoolState was = states.getOrDefault(e, PoolState.compliant());
                PoolState next = rule.next(was, u.getValue(), start.entitled(), windowEnd);
                states.put(e, next);
                if (!next.equals(was)) {
                    changed = true;
                    changes.add(new WhatIfView.Change(windowEnd, e.name(), describe(e, was, next, u.getValue()), null, null));
                }
                verdicts.add(new LineCompliance(e, next.outOfCompliance() ? EntitlementStatus.OUT_OF_COMPLIANCE
                        : start.entitled() > 0 ? EntitlementStatus.IN_COMPLIANCE : EntitlementStatus.NOT_AUTHORIZED,
                        next.outOfComplianceSince()));
            }
            copy.applyUsageVerdicts(verdicts, windowEnd);
            LicensingStatus after = copy.status(windowEnd);
            fillStatus(changes, windowEnd, after);
            if (!sameStatus(last, after)) {
                changes.add(new WhatIfView.Change(windowEnd, null, "License Authorization Status becomes "
                        + after.authorizationStatus().displayText(), after.authorizationStatus().displayText(), enforcement(after)));
            }
            last = after;
            if (!changed && k > 0) {
                break;
            }
        }
        Instant enforcementAt = copy.deadlines().outOfComplianceEnforcementAt();
        if (enforcementAt != null) {
            renewUntil(copy, states, windowEnd, enforcementAt, before, renewedCertificate);
            statusChange(copy, last, enforcementAt, changes);
        }
        return changes;
    }

    /**
     * Runs the automatic renewals the timers would run before {@code horizon}, answered as the authority
     * answers (Out-of-Compliance for a line whose pool is out, the line's current verdict otherwise), so that
     * only compliance decides what happens at the horizon.
     */
    private static void renewUntil(ProductInstance copy, Map<Entitlement, PoolState> states, Instant from, Instant horizon,
            LicensingStatus now, Function<Instant, IdCertificate> renewedCertificate) {
        Map<Entitlement, EntitlementStatus> current = new EnumMap<>(Entitlement.class);
        now.entitlements().forEach(l -> current.put(l.entitlement(), l.status()));
        Instant t = from;
        for (int i = 0; i < 100; i++) {
            Instant wake = copy.nextWakeUp(t);
            if (wake == null || !wake.isBefore(horizon)) {
                return;
            }
            for (DueAction action : copy.automaticRenewals(wake)) {
                if (action == DueAction.RENEW_REGISTRATION) {
                    copy.renewRegistration(renewedCertificate.apply(wake), wake);
                } else {
                    Instant expires = wake.plus(AUTHORIZATION_VALIDITY);
                    copy.renewAuthorization(copy.licenseLines().stream().map(e -> new Authorization(e,
                            states.containsKey(e) && states.get(e).outOfCompliance() ? EntitlementStatus.OUT_OF_COMPLIANCE
                                    : current.get(e) != null && current.get(e).isAuthorityVerdict()
                                            && current.get(e) != EntitlementStatus.OUT_OF_COMPLIANCE
                                            ? current.get(e) : EntitlementStatus.IN_COMPLIANCE, expires)).toList(), wake);
                }
            }
            t = wake;
        }
    }

    /** Adds the change the state function shows at {@code at}, if any. */
    private static void statusChange(ProductInstance copy, LicensingStatus before, Instant at, List<WhatIfView.Change> out) {
        LicensingStatus after = copy.status(at);
        if (!sameStatus(before, after)) {
            out.add(new WhatIfView.Change(at, null, after.isEnforced()
                    ? "Enforcement begins (" + after.enforcement().reason().displayText() + "): adding agents is blocked"
                    : "License Authorization Status becomes " + after.authorizationStatus().displayText(),
                    after.authorizationStatus().displayText(), enforcement(after)));
        }
    }

    private static void fillStatus(List<WhatIfView.Change> changes, Instant at, LicensingStatus status) {
        for (int i = 0; i < changes.size(); i++) {
            WhatIfView.Change c = changes.get(i);
            if (c.at().equals(at) && c.authorizationStatus() == null) {
                changes.set(i, new WhatIfView.Change(c.at(), c.entitlement(), c.what(),
                        status.authorizationStatus().displayText(), enforcement(status)));
            }
        }
    }

    private String describe(Entitlement e, PoolState was, PoolState next, int usage) {
        String line = e.displayText() + ": ";
        if (next.outOfCompliance() && !was.outOfCompliance()) {
            return line + "Out-of-Compliance (overage " + next.overages() + " of " + rule.threshold()
                    + "); reported usage locked at " + next.lockedUsage();
        }
        if (next.outOfCompliance()) {
            return line + "reported usage locked at " + next.lockedUsage();
        }
        if (was.outOfCompliance()) {
            return line + "back in compliance";
        }
        if (next.overages() > was.overages()) {
            return line + "overage " + next.overages() + " of " + rule.threshold() + " (usage " + usage + ")";
        }
        return line + "overage count reset (in compliance)";
    }

    private static boolean sameStatus(LicensingStatus a, LicensingStatus b) {
        return a.authorizationStatus() == b.authorizationStatus() && Objects.equals(enforcement(a), enforcement(b));
    }

    private static String enforcement(LicensingStatus s) {
        return s.isEnforced() ? s.enforcement().reason().displayText() : null;
    }
}
