package org.ccadmin.licensing.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccadmin.licensing.domain.ComplianceLevel;
import org.ccadmin.licensing.domain.InstanceCompliance;
import org.ccadmin.licensing.domain.LicensingStatus;
import org.ccadmin.licensing.domain.Timeline;

/**
 * The License Compliance report: the banner's aggregate, every product instance with its registration,
 * authorization and enforcement states and since when, and every upcoming deadline with the time left.
 */
public record ComplianceReportView(BannerView banner, List<InstanceView> instances, List<DeadlineView> timeline,
        Instant at) {

    public record InstanceView(String productInstanceName, String registrationStatus, String registrationStatusText,
            Instant registrationStatusAt, String authorizationStatus, String authorizationStatusText,
            Instant authorizationStatusAt, String enforcement, String enforcementText, Instant enforcementSince,
            String complianceLevel, String licenseType, String usageMode, String serialNumber, String virtualAccount) {

        static InstanceView of(InstanceCompliance i) {
            LicensingStatus s = i.status();
            var level = ComplianceLevel.of(s);
            return new InstanceView(s.productInstanceName(), s.registrationStatus().name(),
                    s.registrationStatus().displayText(), s.registrationStatusAt(), s.authorizationStatus().name(),
                    s.authorizationStatus().displayText(), s.authorizationStatusAt(),
                    s.isEnforced() ? s.enforcement().reason().name() : null,
                    s.isEnforced() ? s.enforcement().reason().displayText() : null,
                    s.isEnforced() ? s.enforcement().since() : null,
                    level.map(Enum::name).orElse(null),
                    s.licenseType() == null ? null : s.licenseType().name(),
                    s.usageMode() == null ? null : s.usageMode().name(), s.serialNumber(), s.virtualAccount());
        }
    }

    /**
     * One upcoming deadline; {@code left} is an ISO-8601 duration, {@code leftText} the same for people
     * ("29 days 4 hours").
     */
    public record DeadlineView(String productInstanceName, String milestone, String milestoneText, Instant at,
            Duration left, String leftText, String reason, String reasonText) {

        static DeadlineView of(InstanceCompliance i, Timeline.Entry e) {
            return new DeadlineView(i.name(), e.milestone().name(), e.milestone().displayText(), e.at(), e.left(),
                    text(e.left()), e.reason() == null ? null : e.reason().name(),
                    e.reason() == null ? null : e.reason().displayText());
        }

        /** Days and hours, or hours and minutes when less than a day is left. */
        static String text(Duration left) {
            long days = left.toDays();
            if (days > 0) {
                return days + (days == 1 ? " day " : " days ") + left.toHoursPart() + (left.toHoursPart() == 1 ? " hour" : " hours");
            }
            return left.toHours() + (left.toHours() == 1 ? " hour " : " hours ") + left.toMinutesPart() + " min";
        }
    }
}
