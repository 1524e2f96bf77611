package org.ccadmin.licensing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.licensing.compliance.OverageRule;
import org.ccadmin.licensing.compliance.PoolState;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.domain.EntitlementStatus;
import org.ccadmin.licensing.domain.IdCertificate;
import org.ccadmin.licensing.domain.ProductInstance;
import org.ccadmin.licensing.domain.StoredProductInstance;
import org.ccadmin.licensing.domain.UsageReportLine;
import org.ccadmin.licensing.infrastructure.JpaProductInstances;
import org.ccadmin.licensing.infrastructure.JpaUsage;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.Violations;

/** Read-only projections of the licensing state: the what-if. Nothing here changes what is stored. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class LicensingProjections {

    /** A usage no deployment reaches (24,000 agents is the largest), to refuse typing slips. */
    public static final int USAGE_MAX = 1_000_000;

    @Inject
    private JpaProductInstances instances;

    @Inject
    private JpaUsage usage;

    @Inject
    private Clock clock;

    /** One line's assumption: the usage from now on, and optionally the licenses the pool will hold. */
    public record Assumption(Entitlement entitlement, Integer usage, Integer entitled) {
    }

    public WhatIfView whatIf(List<Assumption> assumptions) {
        Instant now = clock.instant();
        StoredProductInstance stored = instances.find()
                .orElseThrow(() -> new ResourceNotFoundException(StoredProductInstance.RESOURCE, StoredProductInstance.ID));
        ProductInstance copy = stored.toDomain();
        Violations v = new Violations();
        if (assumptions == null || assumptions.isEmpty()) {
            v.add("lines", "invalidInput.fieldRequired", "Give the usage of at least one license line.");
        } else {
            for (int i = 0; i < assumptions.size(); i++) {
                Assumption a = assumptions.get(i);
                String field = "lines[" + i + "]";
                if (v.required(field + ".entitlement", a.entitlement()) && !copy.licenseLines().contains(a.entitlement())) {
                    v.add(field + ".entitlement", "invalidInput.notALine", a.entitlement().displayText()
                            + " is not a license line of this product instance (" + names(copy.licenseLines()) + ").");
                }
                if (v.required(field + ".usage", a.usage())) {
                    v.range(field + ".usage", a.usage(), 0, USAGE_MAX);
                }
                if (a.entitled() != null) {
                    v.range(field + ".entitled", a.entitled(), 0, USAGE_MAX);
                }
            }
        }
        v.throwIfAny();
        Map<Entitlement, UsageProjection.Start> starts = new EnumMap<>(Entitlement.class);
        usage.latestAnswered().ifPresent(w -> w.lines().forEach(l -> starts.put(l.entitlement(), startOf(l))));
        Map<Entitlement, Integer> assumed = new EnumMap<>(Entitlement.class);
        List<WhatIfView.LineInput> lines = new ArrayList<>();
        for (Assumption a : assumptions) {
            UsageProjection.Start start = starts.getOrDefault(a.entitlement(), new UsageProjection.Start(PoolState.compliant(), 0));
            int entitled = a.entitled() != null ? a.entitled() : start.entitled();
            starts.put(a.entitlement(), new UsageProjection.Start(start.state(), entitled));
            assumed.put(a.entitlement(), a.usage());
            lines.add(new WhatIfView.LineInput(a.entitlement().name(), a.entitlement().displayText(), a.usage(), entitled));
        }
        OverageRule rule = new OverageRule(OverageRule.DEFAULT_THRESHOLD);
        IdCertificate current = copy.facts().certificate();
        List<WhatIfView.Change> changes = new UsageProjection(rule).project(copy, starts, assumed, now,
                at -> new IdCertificate(current.instanceId(), current.serialNumber(), current.smartAccount(),
                        current.virtualAccount(), current.exportControlled(), at, at.plus(Period.ofDays(365))));
        return new WhatIfView(now, rule.threshold(), lines, assumptions(copy), changes);
    }

    private static List<String> assumptions(ProductInstance p) {
        if (!p.reportsUsage()) {
            return List.of("The product instance is not registered: usage is not reported, so it cannot go "
                    + "Out-of-Compliance; only the evaluation period's end changes its state.");
        }
        return List.of(
                "From the current 15-minute window on, each given line's peak is the given usage; other lines stay as they are.",
                "The pool holds the licenses of the latest verdict unless another number is given, and no other product "
                        + "instance of the virtual account changes the pool's usage.",
                "The authority counts " + OverageRule.DEFAULT_THRESHOLD + " consecutive overages before Out-of-Compliance.",
                "Automatic renewals of the registration and the authorization succeed when due, as the timers do while "
                        + "the authority is reachable.");
    }

    private static UsageProjection.Start startOf(UsageReportLine l) {
        boolean ooc = l.status() == EntitlementStatus.OUT_OF_COMPLIANCE && l.outOfComplianceSince() != null;
        return new UsageProjection.Start(new PoolState(l.overages() == null ? 0 : l.overages(),
                ooc ? l.outOfComplianceSince() : null, ooc && l.reportedUsage() != null ? l.reportedUsage() : 0),
                l.entitled() == null ? 0 : l.entitled());
    }

    private static String names(List<Entitlement> lines) {
        return String.join(", ", lines.stream().map(Entitlement::displayText).toList());
    }
}
