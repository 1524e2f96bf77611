package org.ccadmin.bulk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;

/**
 * A bulk job: a content file of one {@link BulkJobType}, its rows (stored beside it, see {@link BulkJobRow})
 * and how far their processing got. The counts grow chunk by chunk while it runs (written by the job in the
 * chunk's own transaction, not through this entity, so that a cancel request never conflicts with them).
 * A dry run goes through every row and reports what would happen, changing nothing.
 */
@Entity
@Table(name = "bulk_job")
public class BulkJob {

    public static final String RESOURCE = "bulk job";
    public static final Set<String> SORTABLE = Set.of("createdAt", "startedAt", "endedAt", "description", "type", "state", "id");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_type", nullable = false)
    private BulkJobType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private BulkJobState state;

    @Column(name = "description", length = 255)
    private String description;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** Last sign of life of the node running the job; a job whose heartbeat stopped is taken over. */
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    /** The server node running the job (a node that starts again takes its own jobs over at once). */
    @Column(name = "node")
    private String node;

    @Column(name = "header_line", nullable = false, length = 4000)
    private String header;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processed;

    @Column(name = "succeeded_rows", nullable = false)
    private int succeeded;

    @Column(name = "failed_rows", nullable = false)
    private int failed;

    @Column(name = "created_agents", nullable = false)
    private int created;

    @Column(name = "updated_agents", nullable = false)
    private int updated;

    @Column(name = "deleted_agents", nullable = false)
    private int deleted;

    @Column(name = "created_teams", nullable = false)
    private int createdTeams;

    @Column(name = "created_attributes", nullable = false)
    private int createdAttributes;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(name = "execution_id")
    private Long executionId;

    /** How many times the job was started: 1, or more after a restart. */
    @Column(name = "runs", nullable = false)
    private int runs;

    @Column(name = "failure", length = 4000)
    private String failure;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected BulkJob() {
    }

    public static BulkJob submit(BulkJobType type, String description, boolean dryRun, String submittedBy, ContentFile file,
            Instant now) {
        Violations v = new Violations();
        Names.checkDescription(v, "description", description);
        v.throwIfAny();
        BulkJob job = new BulkJob();
        job.type = type;
        job.state = BulkJobState.QUEUED;
        job.description = Names.normalizeDescription(description);
        job.dryRun = dryRun;
        job.submittedBy = submittedBy;
        job.createdAt = now;
        job.header = file.header();
        job.totalRows = file.records().size();
        return job;
    }

    /** The job begins (or begins again after an interruption) on a node. */
    public void start(long execution, String onNode, Instant now) {
        if (state.finished()) {
            throw new ConflictException("conflict.jobFinished", "Bulk job " + id + " has already ended (" + state + ").");
        }
        if (startedAt == null) {
            startedAt = now;
        }
        state = BulkJobState.PROCESSING;
        executionId = execution;
        node = onNode;
        heartbeatAt = now;
        runs++;
    }

    /**
     * Refuses to cancel an ended job. The request itself is stored by the repository without the changeStamp
     * (see {@link BulkJobs#requestCancel}); the job stops at its next chunk boundary and keeps what it committed.
     */
    public void checkCancellable() {
        if (state.finished()) {
            throw new ConflictException("conflict.jobFinished", "Bulk job " + id + " has already ended (" + state.name()
                    .toLowerCase(java.util.Locale.ROOT) + "); only a queued or processing job can be cancelled.");
        }
    }

    /** Ends the job with the counts as they are now; {@code stopped}: it stopped before its last row. */
    public void finish(boolean stopped, Instant now) {
        state = BulkJobState.finished(stopped && cancelRequested, succeeded, failed);
        endedAt = now;
    }

    /** Ends the job as failed for a reason outside its rows (the job itself broke). */
    public void fail(String reason, Instant now) {
        state = BulkJobState.FAILED;
        failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 4000));
        endedAt = now;
    }

    public void checkDeletable() {
        if (!state.finished()) {
            throw new ConflictException("conflict.jobRunning", "Bulk job " + id + " is " + state.name().toLowerCase()
                    + "; cancel it and wait for it to end before deleting it.");
        }
    }

    public Long id() { return id; }
    public BulkJobType type() { return type; }
    public BulkJobState state() { return state; }
    public String description() { return description; }
    public boolean dryRun() { return dryRun; }
    public String submittedBy() { return submittedBy; }
    public Instant createdAt() { return createdAt; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public Instant heartbeatAt() { return heartbeatAt; }
    public String node() { return node; }
    public String header() { return header; }
    public int totalRows() { return totalRows; }
    public int processed() { return processed; }
    public int succeeded() { return succeeded; }
    public int failed() { return failed; }
    public int created() { return created; }
    public int updated() { return updated; }
    public int deleted() { return deleted; }
    public int createdTeams() { return createdTeams; }
    public int createdAttributes() { return createdAttributes; }
    public boolean cancelRequested() { return cancelRequested; }
    public Long executionId() { return executionId; }
    public int runs() { return runs; }
    public String failure() { return failure; }
    public long changeStamp() { return changeStamp; }
}
