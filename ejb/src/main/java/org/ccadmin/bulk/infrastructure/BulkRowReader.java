package org.ccadmin.bulk.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.ccadmin.bulk.application.BulkChunk;

/**
 * Reads the line numbers of a job's rows that have no result yet, a page at a time; the checkpoint is the
 * last line handed out. At every chunk boundary it looks whether the job was cancelled, and if so ends.
 */
@Named("bulkRowReader")
@Dependent
public class BulkRowReader extends AbstractItemReader {

    /** Marker in the job context: the reader stopped because of a cancel request. */
    static final String CANCELLED = "cancelled";

    @Inject
    @BatchProperty(name = "bulkJobId")
    private String jobIdProperty;

    @Inject
    @BatchProperty(name = "chunkSize")
    private String chunkSizeProperty;

    @Inject
    private JobContext jobContext;

    @Inject
    private BulkChunk jobs;

    private long jobId;
    private int chunkSize;
    private int lastLine;
    private long read;
    private final Deque<Integer> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        jobId = Long.parseLong(jobIdProperty);
        chunkSize = Integer.parseInt(chunkSizeProperty);
        // A restarted execution goes on after its checkpoint; a new one (after a crash) starts from the
        // first row without a result. Either way rows with a result are never read.
        lastLine = checkpoint instanceof Integer line ? line : 0;
    }

    @Override
    public Object readItem() {
        if (read % chunkSize == 0 && jobs.cancelRequested(jobId)) {
            jobContext.setTransientUserData(CANCELLED);
            return null;
        }
        if (page.isEmpty()) {
            page.addAll(jobs.pendingLines(jobId, lastLine, Math.max(chunkSize, 1000)));
            if (page.isEmpty()) {
                return null;
            }
        }
        read++;
        lastLine = page.poll();
        return lastLine;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }
}
