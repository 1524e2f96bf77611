package org.ccadmin.licensing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccadmin.licensing.application.BannerView;
import org.ccadmin.licensing.application.ComplianceReport;
import org.ccadmin.shared.web.InstantConverter;
import org.ccadmin.shared.web.Messages;

/**
 * The licensing banner of every console page (layout): the compliance aggregate with its Learn More link and
 * the Non-Production notice. Read once per request; the layout re-renders it when a licensing change is
 * pushed. A failure to read it must never break the page it sits on, so it then shows nothing.
 */
@Named("licensingBanner")
@RequestScoped
public class LicensingBannerBean {

    private static final Logger LOG = Logger.getLogger(LicensingBannerBean.class.getName());
    private static final BannerView NONE = new BannerView(null, null, null, null, null, null, null, null, false);

    @Inject
    private ComplianceReport report;

    @Inject
    private Messages text;

    @Inject
    private Clock clock;

    private BannerView banner;

    public BannerView getBanner() {
        if (banner == null) {
            try {
                banner = report.banner();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "No licensing banner for this request", e);
                banner = NONE;
            }
        }
        return banner;
    }

    /** CSS modifier of the banner: enforcement, out-of-compliance or evaluation. */
    public String levelClass() {
        return getBanner().shown() ? getBanner().level().toLowerCase().replace('_', '-') : "";
    }

    /** What the state means and until when, in one sentence. */
    public String message() {
        BannerView b = getBanner();
        if (!b.shown()) {
            return "";
        }
        return switch (b.level()) {
            case "ENFORCEMENT" -> text.get("banner.enforcement", b.reasonText(), InstantConverter.format(b.since()), b.remedy());
            case "OUT_OF_COMPLIANCE" -> b.until() == null
                    ? text.get("banner.outOfCompliance", InstantConverter.format(b.since()))
                    : text.get("banner.outOfCompliance.until", InstantConverter.format(b.since()),
                            InstantConverter.format(b.until()), left(b));
            default -> text.get("banner.evaluation", b.productInstanceName(), InstantConverter.format(b.until()), left(b));
        };
    }

    private String left(BannerView b) {
        Duration left = Duration.between(clock.instant(), b.until());
        long days = left.toDays();
        return days >= 1 ? text.get("banner.daysLeft", days) : text.get("banner.hoursLeft", Math.max(0, left.toHours()));
    }
}
