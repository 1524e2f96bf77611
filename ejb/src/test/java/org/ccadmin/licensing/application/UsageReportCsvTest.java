package org.ccadmin.licensing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageReportCsvTest {

    private static final Instant T = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void rowsAreWrittenInTheHeaderOrderWithEmptyCellsForUnansweredVerdicts() {
        String csv = UsageReportCsv.of(List.of(
                new UsageReportView(T, T.plusSeconds(900), "PREMIUM_AGENT", "Premium Agent", 130, 130, 100,
                        "OUT_OF_COMPLIANCE", "Out-of-Compliance", 5, T, T.plusSeconds(905), true),
                new UsageReportView(T, T.plusSeconds(900), "STANDARD_AGENT", "Standard Agent", 7, null, null,
                        null, null, null, null, null, true)));
        assertEquals(UsageReportCsv.HEADER + "\r\n"
                + "2026-12-03T10:00:00Z,2026-12-03T10:15:00Z,PREMIUM_AGENT,Premium Agent,130,130,100,Out-of-Compliance,5,"
                + "2026-12-03T10:00:00Z,2026-12-03T10:15:05Z\r\n"
                + "2026-12-03T10:00:00Z,2026-12-03T10:15:00Z,STANDARD_AGENT,Standard Agent,7,,,,,,\r\n", csv);
    }

    @Test
    void cellsWithCommasOrQuotesAreQuoted() {
        String csv = UsageReportCsv.of(List.of(new UsageReportView(T, T.plusSeconds(900), "X", "A, \"B\"", 1, null,
                null, null, null, null, null, null, false)));
        assertTrue(csv.contains(",X,\"A, \"\"B\"\"\",1,"), csv);
    }
}
