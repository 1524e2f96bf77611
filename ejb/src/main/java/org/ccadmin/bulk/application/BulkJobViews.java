package org.ccadmin.bulk.application;

import java.time.Instant;
import java.util.Locale;
import org.ccadmin.bulk.domain.BulkJob;

/** The shapes in which bulk jobs leave the services. */
public final class BulkJobViews {

    private BulkJobViews() {
    }

    /** Row counts of a job: processed = succeeded + failed; created/updated/deleted count agents. */
    public record Counts(int total, int processed, int succeeded, int failed, int created, int updated, int deleted,
            int teamsCreated, int attributesCreated) {
    }

    /** A job: {@code progress} is the processed share of the rows in percent; {@code runs} > 1: it was continued after an interruption. */
    public record BulkJobView(long id, String type, String state, String description, boolean dryRun, String submittedBy,
            Instant createdAt, Instant startedAt, Instant endedAt, Counts counts, int progress, boolean cancelRequested,
            int runs, String failure, long changeStamp) {

        public static BulkJobView of(BulkJob j) {
            return new BulkJobView(j.id(), j.type().path(), j.state().name().toLowerCase(Locale.ROOT), j.description(), j.dryRun(),
                    j.submittedBy(), j.createdAt(), j.startedAt(), j.endedAt(),
                    new Counts(j.totalRows(), j.processed(), j.succeeded(), j.failed(), j.created(), j.updated(), j.deleted(),
                            j.createdTeams(), j.createdAttributes()),
                    j.totalRows() == 0 ? 100 : (int) (100L * j.processed() / j.totalRows()), j.cancelRequested(), j.runs(), j.failure(),
                    j.changeStamp());
        }
    }
}
