package org.ccadmin.callsettings.application;

import org.ccadmin.shared.infrastructure.CreationGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.ccadmin.callsettings.domain.MediaRoutingDomain;
import org.ccadmin.callsettings.domain.MediaRoutingDomainDraft;
import org.ccadmin.callsettings.domain.MediaRoutingDomainType;
import org.ccadmin.callsettings.domain.MediaRoutingDomains;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.application.References;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;

/** Media routing domain use cases; REST and console both call these, so the rules apply the same way. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class MediaRoutingDomainService {

    @Inject
    private CreationGate gate;

    @Inject
    private MediaRoutingDomains domains;

    @Inject
    private ChangeLog changes;

    @Inject
    private References references;

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<MediaRoutingDomainView> search(MediaRoutingDomainType type, PageRequest page) {
        return domains.search(type, page).map(MediaRoutingDomainView::of);
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public MediaRoutingDomainView get(long id) {
        return MediaRoutingDomainView.of(load(id));
    }

    public MediaRoutingDomainView create(MediaRoutingDomainDraft draft) {
        MediaRoutingDomain domain = MediaRoutingDomain.multichannel(draft);
        gate.enter(MediaRoutingDomain.RESOURCE);
        if (domains.count() >= MediaRoutingDomain.MAX_PER_SYSTEM) {
            throw ConflictException.limitReached(MediaRoutingDomain.RESOURCE, MediaRoutingDomain.MAX_PER_SYSTEM);
        }
        if (domains.nameTaken(domain.name(), null)) {
            throw ConflictException.duplicateName(MediaRoutingDomain.RESOURCE, domain.name());
        }
        domains.add(domain);
        changes.created(domain);
        return MediaRoutingDomainView.of(domain);
    }

    public MediaRoutingDomainView update(long id, ChangeStamp stamp, MediaRoutingDomainDraft draft) {
        MediaRoutingDomain domain = load(id);
        stamp.verify(MediaRoutingDomain.RESOURCE, id, domain.changeStamp());
        // Checked before the entity changes: a query after it would flush the change into the unique index.
        if (draft.name() != null && domains.nameTaken(draft.name(), id)) {
            throw ConflictException.duplicateName(MediaRoutingDomain.RESOURCE, draft.name());
        }
        Map<String, Object> before = domain.auditState();
        domain.revise(draft);
        changes.updated(domain, before);
        return MediaRoutingDomainView.of(domains.save(domain));
    }

    public void delete(long id, ChangeStamp stamp) {
        MediaRoutingDomain domain = load(id);
        stamp.verify(MediaRoutingDomain.RESOURCE, id, domain.changeStamp());
        domain.checkDeletable();
        references.refuseIfReferenced(domain);
        changes.deleted(domain);
        domains.remove(domain);
    }

    private MediaRoutingDomain load(long id) {
        return domains.find(id).orElseThrow(() -> new ResourceNotFoundException(MediaRoutingDomain.RESOURCE, id));
    }
}
