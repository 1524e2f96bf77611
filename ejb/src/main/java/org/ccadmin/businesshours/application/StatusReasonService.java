package org.ccadmin.businesshours.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.ccadmin.businesshours.domain.StatusReason;
import org.ccadmin.businesshours.domain.StatusReasons;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.application.References;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;

/** Status reason use cases. A reason a business hour gives cannot be deleted (409 naming the business hours). */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class StatusReasonService {

    @Inject
    private StatusReasons reasons;

    @Inject
    private ChangeLog changes;

    @Inject
    private References references;

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<StatusReasonView> search(PageRequest page) {
        return reasons.search(page).map(StatusReasonView::of);
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public StatusReasonView get(long id) {
        return StatusReasonView.of(load(id));
    }

    public StatusReasonView create(Integer code, String text) {
        StatusReason r = StatusReason.create(code, text);
        if (reasons.byCode(r.code()).isPresent()) {
            throw new ConflictException("conflict.duplicateCode", "A status reason with code " + r.code() + " already exists.");
        }
        reasons.add(r);
        changes.created(r);
        return StatusReasonView.of(r);
    }

    public StatusReasonView update(long id, ChangeStamp stamp, Integer code, String text) {
        StatusReason r = load(id);
        stamp.verify(StatusReason.RESOURCE, id, r.changeStamp());
        Map<String, Object> before = r.auditState();
        r.revise(code, text);
        changes.updated(r, before);
        return StatusReasonView.of(reasons.save(r));
    }

    public void delete(long id, ChangeStamp stamp) {
        StatusReason r = load(id);
        stamp.verify(StatusReason.RESOURCE, id, r.changeStamp());
        r.checkDeletable();
        references.refuseIfReferenced(r);
        changes.deleted(r);
        reasons.remove(r);
    }

    private StatusReason load(long id) {
        return reasons.find(id).orElseThrow(() -> new ResourceNotFoundException(StatusReason.RESOURCE, id));
    }
}
