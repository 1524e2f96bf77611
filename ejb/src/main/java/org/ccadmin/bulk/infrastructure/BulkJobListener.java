package org.ccadmin.bulk.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccadmin.bulk.application.BulkJobRuns;

/** Marks the job processing when an execution begins and gives it its final state when the execution ends. */
@Named("bulkJobListener")
@Dependent
public class BulkJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty(name = "bulkJobId")
    private String jobIdProperty;

    @Inject
    private JobContext jobContext;

    @Inject
    private BulkJobRuns runs;

    @Override
    public void beforeJob() {
        runs.started(Long.parseLong(jobIdProperty), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        Object data = jobContext.getTransientUserData();
        String failure = data instanceof Throwable t ? String.valueOf(t.getMessage()) : null;
        // Stopped by the runtime (the server suspends or shuts down) rather than by a cancel request: the job
        // is interrupted, not ended, and is continued when the server is back (BulkJobRecovery).
        BatchStatus status = jobContext.getBatchStatus();
        boolean interrupted = !BulkRowReader.CANCELLED.equals(data) && (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED);
        runs.ended(Long.parseLong(jobIdProperty), jobContext.getExecutionId(), failure, interrupted);
    }
}
