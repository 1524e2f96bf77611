package org.ccadmin.bulk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BulkJobStateTest {

    @Test
    void aJobEndsByItsRows() {
        assertEquals(BulkJobState.SUCCEEDED, BulkJobState.finished(false, 5, 0));
        assertEquals(BulkJobState.SUCCEEDED, BulkJobState.finished(false, 0, 0), "an empty file succeeds");
        assertEquals(BulkJobState.FAILED, BulkJobState.finished(false, 0, 3));
        assertEquals(BulkJobState.PARTIALLY_SUCCEEDED, BulkJobState.finished(false, 1, 4));
        assertEquals(BulkJobState.CANCELLED, BulkJobState.finished(true, 1, 4));
    }

    @Test
    void onlyQueuedAndProcessingAreUnfinished() {
        assertFalse(BulkJobState.QUEUED.finished());
        assertFalse(BulkJobState.PROCESSING.finished());
        assertTrue(BulkJobState.CANCELLED.finished());
    }
}
