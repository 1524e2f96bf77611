package org.ccadmin.licensing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.licensing.domain.ComplianceBanner;
import org.ccadmin.licensing.domain.InstanceCompliance;
import org.ccadmin.licensing.domain.Timeline;
import org.ccadmin.licensing.infrastructure.JpaProductInstances;

/**
 * The License Compliance report (every product instance of the deployment with its states and since when,
 * and the upcoming deadlines) and the banner every console page shows. Read-only; the rules are the
 * domain's ({@link ComplianceBanner}, {@link Timeline}), evaluated at {@link Clock} time.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class ComplianceReport {

    @Inject
    private JpaProductInstances store;

    @Inject
    private Clock clock;

    public ComplianceReportView report() {
        Instant now = clock.instant();
        List<InstanceCompliance> instances = instances(now);
        return new ComplianceReportView(BannerView.of(instances),
                instances.stream().map(ComplianceReportView.InstanceView::of).toList(),
                instances.stream().flatMap(i -> Timeline.of(i).stream().map(e -> ComplianceReportView.DeadlineView.of(i, e))).toList(),
                now);
    }

    /**
     * What the console's banner says now: cheap enough for every page (one row read). Supervisors see the
     * banner too (enforcement concerns everyone who works in the console), but not the report behind it.
     */
    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public BannerView banner() {
        return BannerView.of(instances(clock.instant()));
    }

    /** ccadmin has one product instance per deployment; none before its first start completed. */
    private List<InstanceCompliance> instances(Instant now) {
        return store.find().map(s -> List.of(InstanceCompliance.of(s.toDomain(), now))).orElse(List.of());
    }
}
