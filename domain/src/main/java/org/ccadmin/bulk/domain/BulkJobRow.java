package org.ccadmin.bulk.domain;

import org.ccadmin.shared.domain.CsvRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a job's content file as written, and its result once processed. The result is written in the
 * same transaction as the row's changes, so a row with a result is done for good: a job that continues
 * after a crash skips it (the job's exactly-once guarantee rests on this, not on the batch checkpoint).
 */
@Entity
@Table(name = "bulk_job_row")
@IdClass(BulkJobRow.Key.class)
public class BulkJobRow {

    @Id
    @Column(name = "job_id")
    private long jobId;

    @Id
    @Column(name = "line_no")
    private int line;

    @Column(name = "content", nullable = false, length = 20000)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16)
    private RowOutcome outcome;

    @Column(name = "message", length = 4000)
    private String message;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected BulkJobRow() {
    }

    public BulkJobRow(long jobId, CsvRecord record) {
        this.jobId = jobId;
        this.line = record.line();
        this.content = record.text();
    }

    /**
     * Records the row's result. A password the row carried is dropped from the stored text now that it is
     * hashed (or refused): the database keeps no password in clear beyond the row's processing.
     */
    public void done(RowResult result, Instant at, int passwordColumn) {
        if (passwordColumn >= 0) {
            java.util.List<String> cells = new java.util.ArrayList<>(ContentFile.cells(content));
            if (passwordColumn < cells.size() && !cells.get(passwordColumn).isEmpty()) {
                cells.set(passwordColumn, "");
                content = ContentFile.line(cells);
            }
        }
        outcome = result.outcome();
        // The notes (teams and attributes created for the row) come first, as the log shows them.
        java.util.List<String> lines = new java.util.ArrayList<>(result.notes());
        lines.add(result.message());
        String m = String.join("\n", lines);
        message = m == null ? null : m.substring(0, Math.min(m.length(), 4000));
        processedAt = at;
    }

    public long jobId() { return jobId; }
    public int line() { return line; }
    public String content() { return content; }
    public RowOutcome outcome() { return outcome; }
    public String message() { return message; }
    public Instant processedAt() { return processedAt; }

    /** Composite key: one row per job and line. */
    public static class Key implements Serializable {
        private long jobId;
        private int line;

        public Key() {
        }

        public Key(long jobId, int line) {
            this.jobId = jobId;
            this.line = line;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && jobId == k.jobId && line == k.line;
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, line);
        }
    }
}
