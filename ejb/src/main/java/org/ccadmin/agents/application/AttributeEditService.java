package org.ccadmin.agents.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.agents.application.AttributeEdit.Change;
import org.ccadmin.agents.application.AttributeEdit.Outcome;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.Agents;
import org.ccadmin.agents.domain.AttributeAssignment;
import org.ccadmin.agents.domain.TeamScope;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.Attributes;
import org.ccadmin.skills.application.QueueLimitCheck;

/**
 * Multi-agent attribute edits, previewed or applied, atomically in one transaction. The plan is computed
 * from grouped queries (values held, attribute counts), the 50-attributes-per-agent rule is checked for every
 * selected agent before anything is written, and the writes are bulk statements: 72,000 agents cost a few
 * dozen statements, not 72,000 entity updates. A supervisor edits only the agents of its teams: its query is
 * narrowed to them, and a listed agent outside them is refused as unknown (its existence is not revealed).
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
public class AttributeEditService {

    private static final int NAMED_AGENTS = 10;

    @Inject
    private Agents agents;

    @Inject
    private Attributes attributes;

    @Inject
    private ChangeLog changes;

    @Inject
    private QueueLimitCheck queueLimit;

    @Inject
    private SupervisorScope scope;

    public Outcome preview(AttributeEdit edit) {
        return run(edit, false);
    }

    public Outcome apply(AttributeEdit edit) {
        return run(edit, true);
    }

    private Outcome run(AttributeEdit edit, boolean write) {
        if (edit.set().isEmpty() && edit.remove().isEmpty()) {
            throw InvalidInputException.of("set", "invalidInput.nothingToDo", "Name at least one attribute to set or remove.");
        }
        TeamScope visible = scope.current();
        List<Long> ids = edit.agentIds() != null ? knownAgents(edit.agentIds(), visible) : agents.ids(visible.narrow(edit.query()));
        Map<Long, Attribute> byId = new HashMap<>();
        List<Long> wanted = new ArrayList<>();
        edit.set().forEach(s -> wanted.add(s.attributeId()));
        wanted.addAll(edit.remove());
        attributes.findAll(wanted).forEach(a -> byId.put(a.id(), a));

        Map<Attribute, Integer> toSet = new LinkedHashMap<>();
        for (int i = 0; i < edit.set().size(); i++) {
            AttributeAssignment s = edit.set().get(i);
            Attribute a = known(byId, s.attributeId(), "set[" + i + "].attributeId");
            toSet.put(a, s.value() == null ? a.defaultValue() : a.value("set[" + i + "].value", s.value()));
        }
        List<Attribute> toRemove = new ArrayList<>();
        for (int i = 0; i < edit.remove().size(); i++) {
            Attribute a = known(byId, edit.remove().get(i), "remove[" + i + "]");
            if (toSet.containsKey(a)) {
                throw InvalidInputException.of("remove[" + i + "]", "invalidInput.contradiction",
                        "Attribute '" + a.name() + "' cannot be set and removed in the same edit.");
            }
            toRemove.add(a);
        }

        Map<Long, Long> counts = agents.attributeCounts(ids);
        Map<Long, Long> newCounts = new HashMap<>(counts);
        Set<Long> changed = new HashSet<>();
        List<Change> outcome = new ArrayList<>();
        for (var e : toSet.entrySet()) {
            Map<Long, Integer> held = agents.heldValues(e.getKey().id(), ids);
            int updated = 0;
            for (var h : held.entrySet()) {
                if (h.getValue().intValue() != e.getValue()) {
                    updated++;
                    changed.add(h.getKey());
                }
            }
            int added = 0;
            for (Long id : ids) {
                if (!held.containsKey(id)) {
                    added++;
                    changed.add(id);
                    newCounts.merge(id, 1L, Long::sum);
                }
            }
            outcome.add(new Change(e.getKey().id(), e.getKey().name(), e.getKey().present(e.getValue()), added, updated, 0));
        }
        for (Attribute a : toRemove) {
            Map<Long, Integer> held = agents.heldValues(a.id(), ids);
            held.keySet().forEach(id -> newCounts.merge(id, -1L, Long::sum));
            changed.addAll(held.keySet());
            outcome.add(new Change(a.id(), a.name(), null, 0, 0, held.size()));
        }
        refuseOverLimit(newCounts);
        if (write && !changed.isEmpty()) {
            toSet.forEach((attribute, value) -> agents.setValue(attribute.id(), value, ids));
            toRemove.forEach(attribute -> agents.removeValue(attribute.id(), ids));
            agents.touch(changed);
            List<String> edited = new ArrayList<>();
            toSet.keySet().forEach(a -> edited.add(org.ccadmin.shared.domain.Names.key(a.name())));
            toRemove.forEach(a -> edited.add(org.ccadmin.shared.domain.Names.key(a.name())));
            // Written by bulk statements: the limit is checked on what the database now holds (a refusal rolls back).
            queueLimit.agentsEdited(new ArrayList<>(changed), edited);
            changes.updated(new Summary(changed.size(), outcome), Map.of());
        }
        return new Outcome(ids.size(), changed.size(), outcome, write);
    }

    private void refuseOverLimit(Map<Long, Long> newCounts) {
        List<Long> over = newCounts.entrySet().stream().filter(e -> e.getValue() > Agent.MAX_ATTRIBUTES).map(Map.Entry::getKey)
                .sorted().toList();
        if (over.isEmpty()) {
            return;
        }
        List<String> names = agents.findAll(over.subList(0, Math.min(NAMED_AGENTS, over.size()))).stream().map(Agent::userName)
                .sorted().toList();
        String more = over.size() > names.size() ? " and " + (over.size() - names.size()) + " more" : "";
        throw InvalidInputException.of("set", "limitExceeded.attributesPerAgent", over.size() + " agent(s) would hold more than "
                + Agent.MAX_ATTRIBUTES + " attributes: " + String.join(", ", names) + more + ". Nothing was changed.");
    }

    /** The listed agents, each once; an id of no agent is refused rather than silently counted. */
    private List<Long> knownAgents(List<Long> listed, TeamScope visible) {
        List<Long> existing = agents.existingIds(listed);
        if (visible.restricted()) {
            existing = agents.findAll(existing).stream().filter(visible::covers).map(Agent::id).sorted().toList();
        }
        java.util.Set<Long> missing = new java.util.TreeSet<>(listed);
        missing.removeAll(existing);
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("agentIds", "invalidInput.unknownAgent", "No agent exists with id " + missing + ".");
        }
        return existing;
    }

    private static Attribute known(Map<Long, Attribute> byId, long id, String field) {
        Attribute a = byId.get(id);
        if (a == null) {
            throw InvalidInputException.of(field, "invalidInput.unknownAttribute", "No attribute exists with id " + id + ".");
        }
        return a;
    }

    /** The audit entry of one multi-agent edit: how many agents, and what was set or removed. */
    private record Summary(int agents, List<Change> edits) implements Auditable {
        @Override
        public String auditType() {
            return "agentAttributeEdit";
        }

        @Override
        public Long auditId() {
            return 0L;
        }

        @Override
        public String auditName() {
            return agents + " agents";
        }

        @Override
        public Map<String, Object> auditState() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("agents", agents);
            edits.forEach(c -> s.put(c.name(), c.value() == null ? "removed from " + c.removed()
                    : "set to " + c.value() + " (" + c.added() + " added, " + c.updated() + " changed)"));
            return s;
        }
    }
}
