package org.ccadmin.bulk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.ccadmin.bulk.domain.BulkJob;
import org.ccadmin.bulk.domain.BulkJobProgressed;
import org.ccadmin.bulk.domain.BulkJobs;

/**
 * The life of a job's runs on Jakarta Batch: launching the {@value #JOB} job once the submission committed,
 * marking it started, ending it with the state its rows give, keeping only the newest finished jobs, and
 * continuing jobs whose node stopped. Called by the batch runtime and timers, on behalf of the submitter.
 */
@Stateless
@PermitAll
public class BulkJobRuns {

    public static final String JOB = "bulk-import";
    public static final String JOB_ID = "bulkJobId";

    private static final Logger LOG = Logger.getLogger(BulkJobRuns.class.getName());

    @Inject
    private BulkJobs jobs;

    @Inject
    private Clock clock;

    @Inject
    private BulkSettings settings;

    @Inject
    private Event<BulkJobProgressed> progressed;

    /**
     * Starts a batch execution for the job (it skips rows that already have a result). Outside any
     * transaction: the batch runtime stores the execution in its own repository and starts it on its threads.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long launch(long jobId) {
        Properties parameters = new Properties();
        parameters.setProperty(JOB_ID, Long.toString(jobId));
        parameters.setProperty("chunkSize", Integer.toString(settings.chunkSize()));
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start(JOB, parameters);
        LOG.info(() -> "Bulk job " + jobId + " runs as batch execution " + execution);
        return execution;
    }

    /** Notes the execution of a launched job, so that a queued job waiting for a batch thread is not taken for lost. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void launched(long jobId, long execution) {
        jobs.launched(jobId, execution, settings.node());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long jobId, long execution) {
        BulkJob job = load(jobId);
        job.start(execution, settings.node(), clock.instant());
        progressed.fire(new BulkJobProgressed(jobId, job.state(), job.processed(), job.totalRows()));
    }

    /**
     * Ends the job: from its rows when they are all done or it was cancelled, otherwise as failed with
     * {@code failure}. An {@code interrupted} run (the server stopped it) leaves the job processing, to be
     * continued from its rows without a result. The end of an execution that another one superseded (its job
     * was taken over) changes nothing: the job is the newer execution's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ended(long jobId, long execution, String failure, boolean interrupted) {
        BulkJob job = load(jobId);
        if (job.state().finished()) {
            return;
        }
        if (job.executionId() != null && job.executionId() != execution) {
            LOG.info(() -> "Bulk job " + jobId + ": execution " + execution + " ended after execution " + job.executionId() + " took the job over");
            return;
        }
        long pending = jobs.pendingCount(jobId);
        if (interrupted && pending > 0 && !job.cancelRequested()) {
            LOG.info(() -> "Bulk job " + jobId + " interrupted with " + pending + " rows left; it continues when the server is back");
            return;
        }
        if (pending == 0 || job.cancelRequested()) {
            job.finish(pending > 0, clock.instant());
        } else {
            job.fail("Stopped with " + pending + " rows left" + (failure == null ? "." : ": " + failure), clock.instant());
        }
        progressed.fire(new BulkJobProgressed(jobId, job.state(), job.processed(), job.totalRows()));
        for (Long old : jobs.finishedBeyond(settings.retainedJobs())) {
            jobs.find(old).ifPresent(jobs::remove);
        }
    }

    /**
     * Jobs of other nodes that gave no sign of life, and, with {@code bootedAt}, the jobs this node ran before it
     * (re)started: claimed for this node, to be continued here. A job this node launched or beat for since
     * {@code bootedAt} is alive and not taken.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> orphans(java.time.Instant bootedAt) {
        List<BulkJob> found = new java.util.ArrayList<>(jobs.stalled(clock.instant().minus(settings.takeoverAfter())));
        if (bootedAt != null) {
            jobs.runningOn(settings.node()).stream()
                    .filter(j -> (j.heartbeatAt() == null ? j.createdAt() : j.heartbeatAt()).isBefore(bootedAt))
                    .filter(j -> found.stream().noneMatch(f -> f.id().equals(j.id()))).forEach(found::add);
        }
        return found.stream().filter(j -> jobs.claim(j.id(), j.heartbeatAt(), clock.instant())).map(BulkJob::id).toList();
    }

    private BulkJob load(long jobId) {
        return jobs.find(jobId).orElseThrow(() -> new IllegalStateException("Bulk job " + jobId + " does not exist"));
    }
}
