package org.ccadmin.skills.application;

import org.ccadmin.shared.infrastructure.CreationGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ccadmin.agents.domain.Agents;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.application.References;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeDraft;
import org.ccadmin.skills.domain.AttributeType;
import org.ccadmin.skills.domain.Attributes;

/** Attribute use cases. Deleting one that a precision queue uses is refused by that context's ReferenceFinder. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class AttributeService {

    @Inject
    private CreationGate gate;

    @Inject
    private Attributes attributes;

    @Inject
    private Agents agents;

    @Inject
    private org.ccadmin.agents.application.SupervisorScope scope;

    @Inject
    private ChangeLog changes;

    @Inject
    private References references;

    @Inject
    private org.ccadmin.skills.infrastructure.JpaPrecisionQueues queues;

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<AttributeView> search(AttributeType type, PageRequest page) {
        Page<Attribute> found = attributes.search(type, page);
        // A supervisor counts the holders among its agents only, as it lists them.
        Map<Long, Long> counts = attributes.holderCounts(found.items().stream().map(Attribute::id).toList(), scope.current().filter());
        return found.map(a -> AttributeView.of(a, counts.getOrDefault(a.id(), 0L)));
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public AttributeView get(long id) {
        Attribute a = load(id);
        return AttributeView.of(a, attributes.holderCounts(List.of(id), scope.current().filter()).getOrDefault(id, 0L));
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<AttributeHolderView> holders(long id, String text, PageRequest page) {
        Attribute a = load(id);
        return agents.holders(id, text, page, scope.current().filter()).map(h -> new AttributeHolderView(h.agent().id(), h.agent().agentId(),
                h.agent().userName(), h.agent().firstName(), h.agent().lastName(), a.present(h.value())));
    }

    public AttributeView create(AttributeDraft draft) {
        Attribute attribute = Attribute.create(draft);
        gate.enter(Attribute.RESOURCE);
        if (attributes.count() >= Attribute.MAX_PER_SYSTEM) {
            throw ConflictException.limitReached(Attribute.RESOURCE, Attribute.MAX_PER_SYSTEM);
        }
        if (attributes.nameTaken(attribute.name(), null)) {
            throw ConflictException.duplicateName(Attribute.RESOURCE, attribute.name());
        }
        attributes.add(attribute);
        changes.created(attribute);
        return AttributeView.of(attribute, 0);
    }

    public AttributeView update(long id, ChangeStamp stamp, AttributeDraft draft) {
        Attribute attribute = load(id);
        stamp.verify(Attribute.RESOURCE, id, attribute.changeStamp());
        if (draft.name() != null && attributes.nameTaken(draft.name(), id)) {
            throw ConflictException.duplicateName(Attribute.RESOURCE, draft.name());
        }
        long holders = attributes.holders(id);
        Map<String, Object> before = attribute.auditState();
        List<String> usedBy = draft.type() != null && draft.type() != attribute.type()
                ? queues.usingAttribute(id).stream().map(org.ccadmin.skills.domain.PrecisionQueue::name).sorted().toList() : List.of();
        attribute.revise(draft, holders > 0, usedBy);
        changes.updated(attribute, before);
        return AttributeView.of(attributes.save(attribute), holders);
    }

    public void delete(long id, ChangeStamp stamp) {
        Attribute attribute = load(id);
        stamp.verify(Attribute.RESOURCE, id, attribute.changeStamp());
        references.refuseIfReferenced(attribute);
        changes.deleted(attribute);
        attributes.remove(attribute);
    }

    private Attribute load(long id) {
        return attributes.find(id).orElseThrow(() -> new ResourceNotFoundException(Attribute.RESOURCE, id));
    }
}
