package org.ccadmin.licensing.application;

import java.time.Instant;
import java.util.List;

/**
 * The license consumption summary of the License Management page: per license line its License Name, Usage
 * Count (the actual peak of the newest window), Reported Usage (of the newest window the authority answered;
 * locked while Out-of-Compliance) and Status (the line's entitlement status now). {@code queued} counts the
 * reports not sent yet.
 */
public record UsageSummaryView(Instant windowStart, Instant windowEnd, Instant reportedUntil, long queued,
        List<Line> lines) {

    public record Line(String entitlement, String name, Integer usageCount, Integer reportedUsage, String status,
            String statusText) {
    }
}
