package org.ccadmin.bulk.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccadmin.bulk.application.BulkChunk;
import org.ccadmin.bulk.application.BulkChunk.ChunkResult;
import org.ccadmin.bulk.application.RowRecorder;
import org.ccadmin.bulk.domain.JobCounts;
import org.ccadmin.bulk.domain.RowResult;

/**
 * Applies a chunk of rows. When the database refuses the chunk as a whole (a constraint a concurrent
 * change broke), it applies the chunk's rows one by one, so one bad row fails alone and the good rows of
 * its chunk are kept; a row that fails on its own too is recorded as failed with the database's reason.
 */
@Named("bulkRowWriter")
@Dependent
public class BulkRowWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(BulkRowWriter.class.getName());

    @Inject
    @BatchProperty(name = "bulkJobId")
    private String jobIdProperty;

    @Inject
    private BulkChunk chunk;

    @Inject
    private RowRecorder recorder;

    @Inject
    private JobContext jobContext;

    @Override
    public void writeItems(List<Object> items) {
        long jobId = Long.parseLong(jobIdProperty);
        List<Integer> lines = items.stream().map(Integer.class::cast).toList();
        try {
            done(jobId, chunk.apply(jobId, execution(), lines));
        } catch (EJBException whole) {
            if (!refusedByTheDatabase(whole)) {
                throw whole; // the server is stopping, or something else broke: the job is interrupted, not the rows
            }
            LOG.log(Level.INFO, "Bulk job " + jobId + ": chunk from line " + lines.get(0) + " refused as a whole; applying its rows one by one",
                    whole);
            for (Integer line : lines) {
                try {
                    done(jobId, chunk.apply(jobId, execution(), List.of(line)));
                } catch (EJBException alone) {
                    if (!refusedByTheDatabase(alone)) {
                        throw alone;
                    }
                    RowResult failed = RowResult.failed("The database refused the row: " + rootMessage(alone));
                    recorder.recordAlone(jobId, execution(), List.of(line), List.of(failed), JobCounts.of(List.of(failed), 0, 0));
                }
            }
        }
    }

    private long execution() {
        return jobContext.getExecutionId();
    }

    private void done(long jobId, ChunkResult result) {
        if (result.dryRun() && !result.lines().isEmpty()) {
            recorder.recordAlone(jobId, execution(), result.lines(), result.results(), result.counts());
        }
    }

    /** Whether the database refused the chunk (a constraint, a lock), as opposed to the server stopping. */
    private static boolean refusedByTheDatabase(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof jakarta.persistence.PersistenceException || c instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
