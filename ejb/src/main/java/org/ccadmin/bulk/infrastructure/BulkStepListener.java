package org.ccadmin.bulk.infrastructure;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Hands a step's failure to the job listener, which records it as the job's reason for failing. */
@Named("bulkStepListener")
@Dependent
public class BulkStepListener extends AbstractStepListener {

    @Inject
    private StepContext stepContext;

    @Inject
    private JobContext jobContext;

    @Override
    public void afterStep() {
        if (stepContext.getException() != null) {
            jobContext.setTransientUserData(stepContext.getException());
        }
    }
}
