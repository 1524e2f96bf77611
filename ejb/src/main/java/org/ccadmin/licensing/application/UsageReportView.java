package org.ccadmin.licensing.application;

import java.time.Instant;
import org.ccadmin.licensing.domain.UsageReportLine;
import org.ccadmin.licensing.domain.UsageWindow;

/**
 * One license line of one closed 15-minute usage window, for the consumption report and pages: the actual peak
 * and, once the authority answered, its verdict (reported usage, locked while Out-of-Compliance; the licenses
 * the pool holds; status; consecutive overages; Out-of-Compliance since). The verdict fields and
 * {@code sentAt} are null while the report is queued, and always for a window kept during evaluation
 * ({@code sendable} false).
 */
public record UsageReportView(Instant windowStart, Instant windowEnd, String entitlement, String name, int actualPeak,
        Integer reportedUsage, Integer entitled, String status, String statusText, Integer overages,
        Instant outOfComplianceSince, Instant sentAt, boolean sendable) {

    static UsageReportView of(UsageWindow w, UsageReportLine l) {
        return new UsageReportView(w.windowStart(), w.windowEnd(), l.entitlement().name(), l.entitlement().displayText(),
                l.actualPeak(), l.reportedUsage(), l.entitled(), l.status() == null ? null : l.status().name(),
                l.status() == null ? null : l.status().displayText(), l.overages(), l.outOfComplianceSince(),
                w.sentAt(), w.sendable());
    }
}
