package org.ccadmin.bulk.application;

/** A job was stored; it is started once the transaction that stored it has committed. */
public record BulkJobSubmitted(long jobId) {
}
