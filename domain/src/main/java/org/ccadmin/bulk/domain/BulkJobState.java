package org.ccadmin.bulk.domain;

/**
 * The states of the modelled system (1 queued … 6 partially succeeded). A job ends in one of the last four;
 * which one follows from its rows ({@link #finished}).
 */
public enum BulkJobState {

    QUEUED, PROCESSING, SUCCEEDED, FAILED, CANCELLED, PARTIALLY_SUCCEEDED;

    public boolean finished() {
        return this != QUEUED && this != PROCESSING;
    }

    /**
     * How a job ends: cancelled when stopped on request; otherwise succeeded when no row failed, failed when
     * no row succeeded (an empty file succeeds), partially succeeded in between.
     */
    public static BulkJobState finished(boolean cancelled, long succeeded, long failed) {
        if (cancelled) {
            return CANCELLED;
        }
        if (failed == 0) {
            return SUCCEEDED;
        }
        return succeeded == 0 ? FAILED : PARTIALLY_SUCCEEDED;
    }
}
