package org.ccadmin.bulk.domain;

import org.ccadmin.shared.domain.CsvRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;

/** Repository port of bulk jobs and their rows. Rows are read in pages, never all at once. */
public interface BulkJobs {

    Optional<BulkJob> find(long id);

    /** Stores the job and its rows (in JDBC batches); the job has its id afterwards. */
    void add(BulkJob job, List<CsvRecord> records);

    void remove(BulkJob job);

    /** Text matches the description; {@code type} and {@code state} null: any. */
    Page<BulkJob> search(String text, BulkJobType type, BulkJobState state, PageRequest page);

    /** Line numbers of rows without a result after {@code afterLine}, in order, at most {@code max}. */
    List<Integer> pendingLines(long jobId, int afterLine, int max);

    long pendingCount(long jobId);

    /** The rows of these lines that have no result yet, in line order. */
    List<BulkJobRow> pendingRows(long jobId, Collection<Integer> lines);

    /** Rows after {@code afterLine} in line order, at most {@code max} (for the log and result files). */
    List<BulkJobRow> rows(long jobId, int afterLine, int max);

    /**
     * Adds a chunk's counts to the job and renews its heartbeat, without touching its changeStamp, if the job
     * is still run by batch execution {@code execution}. Returns false when another execution took the job
     * over (its node was taken for lost): the chunk must then not commit.
     */
    boolean count(long jobId, long execution, JobCounts counts, Instant now);

    boolean cancelRequested(long jobId);

    /**
     * Records a cancel request if the job has not ended (without its changeStamp: it must never conflict with
     * the job's own progress). Returns whether it was recorded.
     */
    boolean requestCancel(long jobId);

    /** The job's state and counts as stored now (read from the database, not from memory). */
    Optional<BulkJobProgressed> progress(long jobId);

    /** Ids of the finished jobs beyond the newest {@code keep} finished ones. */
    List<Long> finishedBeyond(int keep);

    /** Records the batch execution launched for the job, and the node that launched it. */
    void launched(long jobId, long execution, String node);

    /** Queued or processing jobs last started on this node. */
    List<BulkJob> runningOn(String node);

    /**
     * Processing jobs whose heartbeat is older than {@code before} (their node stopped), and queued jobs
     * submitted before it that were never launched.
     */
    List<BulkJob> stalled(Instant before);

    /**
     * Takes over a stalled job for this node: renews its heartbeat only if it is still {@code seen} (another
     * node may have been quicker). Returns whether this node won.
     */
    boolean claim(long jobId, Instant seen, Instant now);
}
