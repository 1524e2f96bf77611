package org.ccadmin.authority.application;

import java.time.Instant;
import java.util.List;

/**
 * What the authority decided about a virtual account's pool: per line, the licenses that count now, the state
 * after the newest reported window, and the newest windows with the peaks each instance reported.
 */
public record PoolUsageView(long virtualAccountId, int overageThreshold, List<Line> lines) {

    public PoolUsageView {
        lines = List.copyOf(lines);
    }

    /**
     * One line (entitlement, license type, usage mode). {@code status}, {@code overages},
     * {@code outOfComplianceSince} and {@code lockedUsage} are the state after the newest window; the
     * {@code latest…} fields are null while nothing was reported.
     */
    public record Line(String entitlement, String licenseType, String usageMode, int purchased, String status, int overages,
            Instant outOfComplianceSince, int lockedUsage, Instant latestWindowStart, Instant latestWindowEnd,
            Integer latestPoolUsage, Integer latestReportedUsage, List<Window> windows) {

        public Line {
            windows = List.copyOf(windows);
        }
    }

    /** One window of a line, newest first: the verdict and the instances' peaks behind its pool usage. */
    public record Window(Instant windowStart, Instant windowEnd, String status, int entitled, int poolUsage, int reportedUsage,
            int overages, Instant outOfComplianceSince, int lockedUsage, Instant decidedAt, List<InstancePeak> instances) {

        public Window {
            instances = List.copyOf(instances);
        }
    }

    /** What one instance reported for the window. */
    public record InstancePeak(String instanceId, String name, int peak, Instant receivedAt) {
    }
}
