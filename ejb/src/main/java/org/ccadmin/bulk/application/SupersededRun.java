package org.ccadmin.bulk.application;

import jakarta.ejb.ApplicationException;

/**
 * A batch execution found that its job is now run by another execution: its node was taken for lost (no
 * heartbeat for {@code ccadmin.bulk.takeover-after}) and another node continued the job. The chunk rolls back
 * and the execution ends without touching the job, so two executions never both apply rows.
 */
@ApplicationException(rollback = true)
public class SupersededRun extends RuntimeException {

    public SupersededRun(long jobId, long execution) {
        super("Bulk job " + jobId + " is run by another batch execution now; execution " + execution + " stops");
    }
}
