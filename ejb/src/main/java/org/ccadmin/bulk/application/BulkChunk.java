package org.ccadmin.bulk.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.bulk.domain.BulkJob;
import org.ccadmin.bulk.domain.BulkJobRow;
import org.ccadmin.bulk.domain.BulkJobType;
import org.ccadmin.bulk.domain.BulkJobs;
import org.ccadmin.bulk.domain.JobCounts;
import org.ccadmin.bulk.domain.RowResult;

/**
 * One chunk of a job's rows in one transaction of its own: the rows' changes, their results and the job's
 * counts commit together or not at all, so a row with a result is done exactly once even if the job is
 * interrupted and continued. A dry run applies the rows the same way, flushes them so the database has its
 * say too, then rolls everything back; its results are recorded by the caller in a transaction of their own.
 * Runs on the batch job's thread on behalf of the job's submitter, hence no role check here (the submitter's
 * role was checked when the job was submitted). The batch artifacts reach the application's database only
 * through this bean's own transactions: on the embedded database the batch runtime's transaction holds its
 * job repository, a second database that cannot join the same local transaction.
 */
@Stateless
@PermitAll
public class BulkChunk {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BulkJobs jobs;

    @Inject
    private Instance<AgentRows> agentRows;

    @Inject
    private Instance<SsoRows> ssoRows;

    @Inject
    private RowRecorder recorder;

    /** The results of the lines that had none yet (lines already done are skipped), with their counts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChunkResult apply(long jobId, long execution, List<Integer> lines) {
        BulkJob job = jobs.find(jobId).orElseThrow(() -> new IllegalStateException("Bulk job " + jobId + " does not exist"));
        List<BulkJobRow> rows = jobs.pendingRows(jobId, lines);
        if (rows.isEmpty()) {
            return new ChunkResult(List.of(), List.of(), JobCounts.NONE, job.dryRun());
        }
        List<RowResult> results;
        JobCounts counts;
        if (job.type() == BulkJobType.AGENT) {
            AgentRows applier = agentRows.get();
            results = applier.apply(jobId, rows, job.submittedBy(), job.dryRun());
            counts = JobCounts.of(results, applier.teamsCreated(), applier.attributesCreated());
        } else {
            results = ssoRows.get().apply(rows, job.submittedBy(), job.dryRun());
            counts = JobCounts.of(results, 0, 0);
        }
        em.flush();
        List<Integer> done = new ArrayList<>(rows.stream().map(BulkJobRow::line).toList());
        if (job.dryRun()) {
            context.setRollbackOnly();
        } else {
            recorder.record(jobId, execution, done, results, counts);
        }
        return new ChunkResult(done, results, counts, job.dryRun());
    }

    /** Line numbers of the job's rows without a result after {@code afterLine}, in a transaction of their own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Integer> pendingLines(long jobId, int afterLine, int max) {
        return jobs.pendingLines(jobId, afterLine, max);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean cancelRequested(long jobId) {
        return jobs.cancelRequested(jobId);
    }

    /**
     * The lines applied, their results in the same order, the counts they add, and whether it was a dry run
     * (then nothing was recorded yet).
     */
    public record ChunkResult(List<Integer> lines, List<RowResult> results, JobCounts counts, boolean dryRun) {
    }
}
