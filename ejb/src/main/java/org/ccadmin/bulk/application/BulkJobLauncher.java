package org.ccadmin.bulk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Launches a submitted job once its submission has committed, so the job never runs ahead of its rows. */
@ApplicationScoped
public class BulkJobLauncher {

    @Inject
    private BulkJobRuns runs;

    void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulkJobSubmitted submitted) {
        runs.launched(submitted.jobId(), runs.launch(submitted.jobId()));
    }
}
