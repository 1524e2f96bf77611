package org.ccadmin.bulk.domain;

/**
 * A bulk job moved on: it started, committed a chunk of rows, or ended. Fired inside the transaction that
 * recorded it; pages observe it after the commit and show the new progress without polling.
 */
public record BulkJobProgressed(long jobId, BulkJobState state, int processed, int total) {
}
