package org.ccadmin.licensing.application;

import java.time.Instant;
import java.util.List;

/**
 * The License Consumption report as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
 * quote or line break quoted). One row per window and license line, instants in ISO-8601 UTC, empty cells
 * where the authority has not answered yet. The REST API and the console's export both write this.
 */
public final class UsageReportCsv {

    public static final String HEADER = "windowStart,windowEnd,entitlement,licenseName,actualPeak,reportedUsage,"
            + "entitled,status,overages,outOfComplianceSince,sentAt";

    private UsageReportCsv() {
    }

    public static String of(List<UsageReportView> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (UsageReportView r : rows) {
            out.append(String.join(",", cell(r.windowStart()), cell(r.windowEnd()), cell(r.entitlement()),
                    cell(r.name()), Integer.toString(r.actualPeak()), cell(r.reportedUsage()), cell(r.entitled()),
                    cell(r.statusText()), cell(r.overages()), cell(r.outOfComplianceSince()), cell(r.sentAt())))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Instant i ? i.toString() : value.toString();
        return text.matches(".*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
