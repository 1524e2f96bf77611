package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ccadmin.licensing.compliance.UsageWindows;

/**
 * {@code report-usage}: the peak usage per entitlement of closed 15-minute windows, oldest first. A product
 * sends what it has queued (1 to {@link #MAX_REPORTS}); the authority counts each window of an instance once.
 */
public record UsageReportRequest(String instanceId, List<Window> reports) {

    /** A day of windows: what a product that was cut off for a day sends when the authority returns. */
    public static final int MAX_REPORTS = 96;

    public UsageReportRequest {
        Objects.requireNonNull(instanceId, "instanceId");
        reports = List.copyOf(reports);
    }

    /** One closed window [windowStart, windowEnd) with the peak of each entitlement in it. */
    public record Window(Instant windowStart, Instant windowEnd, List<Peak> usage) {

        public Window {
            Objects.requireNonNull(windowStart, "windowStart");
            Objects.requireNonNull(windowEnd, "windowEnd");
            usage = List.copyOf(usage);
        }

        /** The window that starts at {@code windowStart}, 15 minutes long. */
        public static Window of(Instant windowStart, List<Peak> usage) {
            return new Window(windowStart, UsageWindows.endOf(windowStart), usage);
        }

        JsonObject toJson() {
            return Fields.builder().add("windowStart", windowStart.toString()).add("windowEnd", windowEnd.toString())
                    .add("usage", Fields.array(usage, Peak::toJson)).build();
        }

        static Window fromJson(JsonObject o) {
            return new Window(Fields.instant(o, "windowStart"), Fields.instant(o, "windowEnd"),
                    Fields.objects(o, "usage", Peak::fromJson));
        }
    }

    /** The highest concurrent usage of one entitlement (an enum name such as PREMIUM_AGENT) during a window. */
    public record Peak(String entitlement, int peak) {

        public Peak {
            Objects.requireNonNull(entitlement, "entitlement");
        }

        JsonObject toJson() {
            return Fields.builder().add("entitlement", entitlement).add("peak", peak).build();
        }

        static Peak fromJson(JsonObject o) {
            return new Peak(Fields.string(o, "entitlement"), Fields.integer(o, "peak"));
        }
    }

    /**
     * Checks the window rules of the protocol, as the authority applies them at {@code now}: 1 to 96 reports,
     * strictly increasing aligned starts, 15 minutes each, none ending after {@code now} plus the acceptance
     * window, peaks not negative, each entitlement once per window.
     *
     * @throws ProtocolException {@link ProtocolException#USAGE_MALFORMED} saying which rule and which report
     */
    public UsageReportRequest checkRules(Instant now) {
        if (reports.isEmpty() || reports.size() > MAX_REPORTS) {
            throw malformed("reports must hold 1 to " + MAX_REPORTS + " reports, not " + reports.size() + ".");
        }
        Instant latestEnd = now.plus(MessageAcceptance.WINDOW);
        Instant previous = null;
        for (int i = 0; i < reports.size(); i++) {
            Window w = reports.get(i);
            String at = "reports[" + i + "]";
            if (!UsageWindows.isAligned(w.windowStart())) {
                throw malformed(at + ".windowStart " + w.windowStart() + " is not on a quarter hour (UTC).");
            }
            if (!w.windowEnd().equals(UsageWindows.endOf(w.windowStart()))) {
                throw malformed(at + ".windowEnd must be windowStart + " + UsageWindows.LENGTH.toMinutes() + " minutes.");
            }
            if (previous != null && !w.windowStart().isAfter(previous)) {
                throw malformed(at + ".windowStart must be after the previous report's (oldest first, each window once).");
            }
            if (w.windowEnd().isAfter(latestEnd)) {
                throw malformed(at + " ends at " + w.windowEnd() + ", after the authority's now: only closed windows are reported.");
            }
            checkUsage(w, at);
            previous = w.windowStart();
        }
        return this;
    }

    private static void checkUsage(Window w, String at) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < w.usage().size(); j++) {
            Peak p = w.usage().get(j);
            if (p.peak() < 0) {
                throw malformed(at + ".usage[" + j + "].peak must not be negative.");
            }
            if (!seen.add(p.entitlement())) {
                throw malformed(at + ".usage names " + p.entitlement() + " twice.");
            }
        }
    }

    private static ProtocolException malformed(String message) {
        return new ProtocolException(ProtocolException.USAGE_MALFORMED, message);
    }

    public JsonObject toJson() {
        return Fields.builder().add("instanceId", instanceId).add("reports", Fields.array(reports, Window::toJson)).build();
    }

    public static UsageReportRequest fromJson(JsonObject o) {
        return new UsageReportRequest(Fields.string(o, "instanceId"), Fields.objects(o, "reports", Window::fromJson));
    }
}
