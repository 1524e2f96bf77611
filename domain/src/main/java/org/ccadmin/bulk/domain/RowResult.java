package org.ccadmin.bulk.domain;

import java.util.List;

/**
 * The result of one row: its outcome, the message for the result file and the log lines it adds (for
 * example "Created agent team Sales" before "Created /api/v1/agents/…"). A dry run says "would".
 */
public record RowResult(RowOutcome outcome, String message, List<String> notes) {

    public RowResult {
        notes = List.copyOf(notes);
    }

    public static RowResult failed(String message) {
        return new RowResult(RowOutcome.FAILED, message, List.of());
    }
}
