package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code usage-reported}: the authority's verdict on each report of the request, in the same order, under the
 * overage threshold it applies. A verdict is the pool's (the virtual account's) state after that window.
 */
public record UsageReported(int overageThreshold, List<Verdict> verdicts) {

    public UsageReported {
        verdicts = List.copyOf(verdicts);
    }

    /** The verdict on one window: one entry per entitlement of the report. */
    public record Verdict(Instant windowStart, Instant windowEnd, List<EntitlementVerdict> entitlements) {

        public Verdict {
            Objects.requireNonNull(windowStart, "windowStart");
            Objects.requireNonNull(windowEnd, "windowEnd");
            entitlements = List.copyOf(entitlements);
        }

        JsonObject toJson() {
            return Fields.builder().add("windowStart", windowStart.toString()).add("windowEnd", windowEnd.toString())
                    .add("entitlements", Fields.array(entitlements, EntitlementVerdict::toJson)).build();
        }

        static Verdict fromJson(JsonObject o) {
            return new Verdict(Fields.instant(o, "windowStart"), Fields.instant(o, "windowEnd"),
                    Fields.objects(o, "entitlements", EntitlementVerdict::fromJson));
        }
    }

    /**
     * One entitlement's verdict: {@code status} (an {@link Authorization} status name), the licenses the pool
     * holds for it ({@code entitled}), the sum of the instances' peaks ({@code poolUsage}), the usage to report
     * (locked while out of compliance), the consecutive overages and, only while out of compliance, since when.
     */
    public record EntitlementVerdict(String entitlement, String status, int entitled, int poolUsage, int reportedUsage,
            int overages, Instant outOfComplianceSince) {

        public EntitlementVerdict {
            Objects.requireNonNull(entitlement, "entitlement");
            Objects.requireNonNull(status, "status");
        }

        JsonObject toJson() {
            JsonObjectBuilder b = Fields.builder().add("entitlement", entitlement).add("status", status)
                    .add("entitled", entitled).add("poolUsage", poolUsage).add("reportedUsage", reportedUsage)
                    .add("overages", overages);
            if (outOfComplianceSince == null) {
                b.addNull("outOfComplianceSince");
            } else {
                b.add("outOfComplianceSince", outOfComplianceSince.toString());
            }
            return b.build();
        }

        static EntitlementVerdict fromJson(JsonObject o) {
            return new EntitlementVerdict(Fields.string(o, "entitlement"), Fields.string(o, "status"),
                    Fields.integer(o, "entitled"), Fields.integer(o, "poolUsage"), Fields.integer(o, "reportedUsage"),
                    Fields.integer(o, "overages"), Fields.optionalInstant(o, "outOfComplianceSince"));
        }
    }

    public JsonObject toJson() {
        return Fields.builder().add("overageThreshold", overageThreshold)
                .add("verdicts", Fields.array(verdicts, Verdict::toJson)).build();
    }

    public static UsageReported fromJson(JsonObject o) {
        return new UsageReported(Fields.integer(o, "overageThreshold"), Fields.objects(o, "verdicts", Verdict::fromJson));
    }
}
