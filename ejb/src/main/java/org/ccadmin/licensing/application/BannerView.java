package org.ccadmin.licensing.application;

import java.time.Instant;
import java.util.List;
import org.ccadmin.licensing.domain.ComplianceBanner;
import org.ccadmin.licensing.domain.InstanceCompliance;

/**
 * The console banner: the aggregate compliance level (null when none is shown) with the deciding product
 * instance, since and until when, and what ends it; and whether the deployment is a Non-Production system.
 */
public record BannerView(String level, String levelText, String productInstanceName, Instant since, Instant until,
        String reason, String reasonText, String remedy, boolean nonProduction) {

    static BannerView of(List<InstanceCompliance> instances) {
        boolean nonProduction = ComplianceBanner.nonProduction(instances);
        return ComplianceBanner.of(instances)
                .map(b -> new BannerView(b.level().name(), b.level().displayText(), b.instance(), b.since(), b.until(),
                        b.reason() == null ? null : b.reason().name(),
                        b.reason() == null ? null : b.reason().displayText(),
                        b.reason() == null ? null : b.reason().remedy(), nonProduction))
                .orElse(new BannerView(null, null, null, null, null, null, null, null, nonProduction));
    }

    public boolean shown() {
        return level != null;
    }
}
