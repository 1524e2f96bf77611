package org.ccadmin.callsettings.application;

import org.ccadmin.shared.infrastructure.CreationGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ccadmin.callsettings.domain.BucketInterval;
import org.ccadmin.callsettings.domain.BucketIntervals;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.application.References;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;

/** Bucket interval use cases. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class BucketIntervalService {

    @Inject
    private CreationGate gate;

    @Inject
    private BucketIntervals intervals;

    @Inject
    private ChangeLog changes;

    @Inject
    private References references;

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<BucketIntervalView> search(PageRequest page) {
        return intervals.search(page).map(BucketIntervalView::of);
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public BucketIntervalView get(long id) {
        return BucketIntervalView.of(load(id));
    }

    public BucketIntervalView create(String name, String description, List<Integer> upperBounds) {
        BucketInterval interval = BucketInterval.create(name, description, upperBounds);
        gate.enter(BucketInterval.RESOURCE);
        if (intervals.count() >= BucketInterval.MAX_PER_SYSTEM) {
            throw ConflictException.limitReached(BucketInterval.RESOURCE, BucketInterval.MAX_PER_SYSTEM);
        }
        if (intervals.nameTaken(name, null)) {
            throw ConflictException.duplicateName(BucketInterval.RESOURCE, name);
        }
        intervals.add(interval);
        changes.created(interval);
        return BucketIntervalView.of(interval);
    }

    /** Only name and description change; {@code upperBounds} may be repeated unchanged or left out (null). */
    public BucketIntervalView update(long id, ChangeStamp stamp, String name, String description, List<Integer> upperBounds) {
        BucketInterval interval = load(id);
        stamp.verify(BucketInterval.RESOURCE, id, interval.changeStamp());
        if (name != null && intervals.nameTaken(name, id)) {
            throw ConflictException.duplicateName(BucketInterval.RESOURCE, name);
        }
        Map<String, Object> before = interval.auditState();
        interval.revise(name, description, upperBounds);
        changes.updated(interval, before);
        return BucketIntervalView.of(intervals.save(interval));
    }

    public void delete(long id, ChangeStamp stamp) {
        BucketInterval interval = load(id);
        stamp.verify(BucketInterval.RESOURCE, id, interval.changeStamp());
        interval.checkDeletable();
        references.refuseIfReferenced(interval);
        changes.deleted(interval);
        intervals.remove(interval);
    }

    private BucketInterval load(long id) {
        return intervals.find(id).orElseThrow(() -> new ResourceNotFoundException(BucketInterval.RESOURCE, id));
    }
}
