package org.ccadmin.bulk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccadmin.bulk.domain.BulkJobProgressed;
import org.ccadmin.bulk.domain.BulkJobRow;
import org.ccadmin.bulk.domain.BulkJobs;
import org.ccadmin.bulk.domain.JobCounts;
import org.ccadmin.bulk.domain.RowResult;

/** Writes rows' results and adds them to the job's counts, and announces the progress after the commit. */
@Stateless
@PermitAll
public class RowRecorder {

    @Inject
    private BulkJobs jobs;

    @Inject
    private Clock clock;

    @Inject
    private Event<BulkJobProgressed> progressed;

    /**
     * In the caller's transaction (a chunk's), on behalf of batch execution {@code execution}; throws
     * {@link SupersededRun} (rolling the chunk back) when another execution has taken the job over.
     */
    public void record(long jobId, long execution, List<Integer> lines, List<RowResult> results, JobCounts counts) {
        Instant now = clock.instant();
        int passwordColumn = jobs.find(jobId).map(j -> j.type().passwordColumn()).orElse(-1);
        Map<Integer, BulkJobRow> rows = jobs.pendingRows(jobId, lines).stream()
                .collect(Collectors.toMap(BulkJobRow::line, Function.identity()));
        for (int i = 0; i < lines.size(); i++) {
            BulkJobRow row = rows.get(lines.get(i));
            if (row != null) {
                row.done(results.get(i), now, passwordColumn);
            }
        }
        if (!jobs.count(jobId, execution, counts, now)) {
            throw new SupersededRun(jobId, execution);
        }
        jobs.progress(jobId).ifPresent(progressed::fire);
    }

    /** In a transaction of its own: a dry run's results, or a row that failed on its own after its chunk failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(long jobId, long execution, List<Integer> lines, List<RowResult> results, JobCounts counts) {
        record(jobId, execution, lines, results, counts);
    }
}
