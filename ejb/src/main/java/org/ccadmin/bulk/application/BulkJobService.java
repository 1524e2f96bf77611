package org.ccadmin.bulk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.ccadmin.bulk.application.BulkJobViews.BulkJobView;
import org.ccadmin.bulk.domain.BulkJob;
import org.ccadmin.bulk.domain.BulkJobProgressed;
import org.ccadmin.bulk.domain.BulkJobState;
import org.ccadmin.bulk.domain.BulkJobType;
import org.ccadmin.bulk.domain.BulkJobs;
import org.ccadmin.bulk.domain.ContentFile;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;

/**
 * Bulk job use cases. A file is checked for its syntax before the job exists (a refused file leaves no
 * trace); the job is stored with its rows and runs on the batch runtime once the submission committed.
 * Supervisors have no access to bulk jobs, as in the modelled system.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class BulkJobService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BulkJobs jobs;

    @Inject
    private BulkSettings settings;

    @Inject
    private ChangeLog changes;

    @Inject
    private Clock clock;

    @Inject
    private Event<BulkJobSubmitted> submitted;

    @Inject
    private Event<BulkJobProgressed> progressed;

    public BulkJobView submit(BulkJobType type, String description, boolean dryRun, byte[] content) {
        ContentFile file = ContentFile.parse(type, content, settings.maxFileBytes(), settings.maxRows());
        BulkJob job = BulkJob.submit(type, description, dryRun, changes.actor(), file, clock.instant());
        jobs.add(job, file.records());
        submitted.fire(new BulkJobSubmitted(job.id()));
        progressed.fire(new BulkJobProgressed(job.id(), job.state(), 0, job.totalRows()));
        return BulkJobView.of(job);
    }

    public BulkJobView get(long id) {
        return BulkJobView.of(load(id));
    }

    public Page<BulkJobView> search(BulkJobType type, BulkJobState state, PageRequest page) {
        return jobs.search(page.text(), type, state, page).map(BulkJobView::of);
    }

    /** Asks the job to stop at its next chunk boundary (on whichever node runs it: the request is in the database). */
    public BulkJobView cancel(long id) {
        BulkJob job = load(id);
        job.checkCancellable();
        if (!jobs.requestCancel(id)) {
            throw new ConflictException("conflict.jobFinished", "Bulk job " + id + " has just ended; only a queued or processing job "
                    + "can be cancelled.");
        }
        em.refresh(job);
        return BulkJobView.of(job);
    }

    /** Deletes a finished job with its rows, log and results (a running job must be cancelled first). */
    public void delete(long id, ChangeStamp stamp) {
        BulkJob job = load(id);
        stamp.verify(BulkJob.RESOURCE, id, job.changeStamp());
        job.checkDeletable();
        jobs.remove(job);
        progressed.fire(new BulkJobProgressed(id, job.state(), job.processed(), job.totalRows()));
    }

    private BulkJob load(long id) {
        return jobs.find(id).orElseThrow(() -> new ResourceNotFoundException(BulkJob.RESOURCE, id));
    }
}
