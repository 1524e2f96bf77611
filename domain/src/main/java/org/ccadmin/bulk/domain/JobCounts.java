package org.ccadmin.bulk.domain;

/** What a chunk of rows added to a job's counts. */
public record JobCounts(int processed, int succeeded, int failed, int created, int updated, int deleted, int teams,
        int attributes) {

    public static final JobCounts NONE = new JobCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** The counts of these results, with the teams and attributes created for them. */
    public static JobCounts of(Iterable<RowResult> results, int teams, int attributes) {
        int processed = 0;
        int failed = 0;
        int created = 0;
        int updated = 0;
        int deleted = 0;
        for (RowResult r : results) {
            processed++;
            switch (r.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case DELETED -> deleted++;
                case FAILED -> failed++;
            }
        }
        return new JobCounts(processed, processed - failed, failed, created, updated, deleted, teams, attributes);
    }
}
