package org.ccadmin.agents.application;

import org.ccadmin.shared.infrastructure.CreationGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ccadmin.agents.application.AgentViews.AgentSummary;
import org.ccadmin.agents.application.AgentViews.AgentView;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.AgentAdmission;
import org.ccadmin.agents.domain.AgentDraft;
import org.ccadmin.agents.domain.AgentQuery;
import org.ccadmin.agents.domain.AgentTeam;
import org.ccadmin.agents.domain.AgentTeams;
import org.ccadmin.agents.domain.Agents;
import org.ccadmin.agents.domain.TeamScope;
import org.ccadmin.agents.domain.AttributeAssignment;
import org.ccadmin.agents.domain.AttributeCondition;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.Attributes;
import org.ccadmin.skills.application.QueueLimitCheck;

/** Agent use cases; every creation passes the licensing admission first, whichever path it came by. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class AgentService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private CreationGate gate;

    @Inject
    private Agents agents;

    @Inject
    private AgentTeams teams;

    @Inject
    private Attributes attributes;

    @Inject
    private AgentAdmission admission;

    @Inject
    private ChangeLog changes;

    @Inject
    private QueueLimitCheck queueLimit;

    @Inject
    private SupervisorScope scope;

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<AgentSummary> search(AgentQuery query, PageRequest page) {
        return agents.search(scope.current().narrow(query), page).map(AgentSummary::of);
    }

    /**
     * Builds search criteria from their text form; attribute conditions ({@code English>=7}) name attributes
     * that must exist. {@code field} is the parameter name problems are reported under.
     */
    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public AgentQuery query(String text, java.util.Collection<Long> teamIds, List<String> conditions, Boolean supervisor,
            String field) {
        List<AttributeCondition> parsed = new java.util.ArrayList<>();
        for (String condition : conditions == null ? List.<String>of() : conditions) {
            String name = AttributeCondition.attributeName(field, condition);
            Attribute attribute = attributes.findByName(name).orElseThrow(() -> InvalidInputException.of(field,
                    "invalidInput.unknownAttribute", "No attribute named '" + name + "' exists."));
            parsed.add(AttributeCondition.parse(field, condition, attribute));
        }
        return new AgentQuery(text, teamIds == null ? java.util.Set.of() : new java.util.HashSet<>(teamIds), parsed, supervisor);
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public AgentView get(long id) {
        Agent agent = scope.current().require(
                agents.findWithDetails(id).orElseThrow(() -> new ResourceNotFoundException(Agent.RESOURCE, id)));
        return AgentView.of(agent, teams.supervisedBy(id));
    }

    /** {@code teamId} null: no team; {@code values} null or empty: no attributes. */
    public AgentView create(AgentDraft draft, Long teamId, List<AttributeAssignment> values) {
        admission.admit(1);
        gate.enter(Agent.RESOURCE);
        if (agents.count() >= Agent.MAX_PER_SYSTEM) {
            throw ConflictException.limitReached(Agent.RESOURCE, Agent.MAX_PER_SYSTEM);
        }
        Agent agent = Agent.create(draft, draft.agentId() == null || draft.agentId().isBlank() ? freeAgentId() : null);
        if (agents.agentIdTaken(agent.agentId())) {
            throw duplicate("agentId", "An agent with agentId " + agent.agentId() + " already exists.");
        }
        if (agents.userNameTaken(agent.userName(), null)) {
            throw duplicate("userName", "An agent with userName '" + agent.userName() + "' already exists (ignoring case).");
        }
        if (values != null && !values.isEmpty()) {
            agent.replaceAttributes(resolve(values));
        }
        if (teamId != null) {
            agent.joinTeam(team(teamId), agents.teamMembers(teamId));
        }
        queueLimit.agentChanged(agent.userName(), Map.of(), agent.heldValues());
        agents.add(agent);
        changes.created(agent);
        return AgentView.of(agent, List.of());
    }

    /**
     * Applies the given fields. {@code teamGiven} says whether the team is part of the change ({@code teamId}
     * null then means "no team"); {@code values} null leaves the attribute values as they are, otherwise it
     * is the complete new set. A supervisor may change only the attribute values of the agents on its teams.
     */
    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public AgentView update(long id, ChangeStamp stamp, AgentDraft draft, boolean teamGiven, Long teamId,
            List<AttributeAssignment> values) {
        TeamScope visible = scope.current();
        Agent agent = visible.require(agents.findWithDetails(id).orElseThrow(() -> new ResourceNotFoundException(Agent.RESOURCE, id)));
        visible.checkAgentChange(draft, teamGiven);
        stamp.verify(Agent.RESOURCE, id, agent.changeStamp());
        if (draft.userName() != null && agents.userNameTaken(draft.userName(), id)) {
            throw duplicate("userName", "An agent with userName '" + draft.userName() + "' already exists (ignoring case).");
        }
        List<AgentTeam> supervised = teams.supervisedBy(id);
        if (Boolean.FALSE.equals(draft.supervisor()) && !supervised.isEmpty()) {
            throw new ConflictException("conflict.stillSupervising", "Agent '" + agent.userName() + "' supervises "
                    + supervised.stream().map(AgentTeam::name).collect(Collectors.joining(", "))
                    + "; remove it from those teams' supervisors before clearing its supervisor flag.",
                    List.of(new FieldError("supervisor", "conflict.stillSupervising", "Still supervises teams.")), List.of());
        }
        Map<String, Object> before = agent.auditState();
        Map<String, Integer> held = agent.heldValues();
        agent.revise(draft);
        if (values != null) {
            agent.replaceAttributes(resolve(values));
            queueLimit.agentChanged(agent.userName(), held, agent.heldValues());
        }
        if (teamGiven) {
            if (teamId == null) {
                agent.leaveTeam();
            } else {
                agent.joinTeam(team(teamId), agents.teamMembers(teamId));
            }
        }
        if (!Objects.equals(before.get("attributes"), agent.auditState().get("attributes"))) {
            agents.newVersion(agent);
        }
        changes.updated(agent, before);
        return AgentView.of(agents.save(agent), supervised);
    }

    public void delete(long id, ChangeStamp stamp) {
        Agent agent = agents.findWithDetails(id).orElseThrow(() -> new ResourceNotFoundException(Agent.RESOURCE, id));
        stamp.verify(Agent.RESOURCE, id, agent.changeStamp());
        changes.deleted(agent);
        queueLimit.agentChanged(agent.userName(), agent.heldValues(), Map.of());
        agents.remove(agent);
    }

    private Map<Attribute, Object> resolve(List<AttributeAssignment> values) {
        Map<Long, Attribute> byId = new HashMap<>();
        attributes.findAll(values.stream().map(AttributeAssignment::attributeId).toList()).forEach(a -> byId.put(a.id(), a));
        Map<Attribute, Object> resolved = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            AttributeAssignment v = values.get(i);
            Attribute attribute = byId.get(v.attributeId());
            if (attribute == null) {
                throw InvalidInputException.of("attributes[" + i + "].attributeId", "invalidInput.unknownAttribute",
                        "No attribute exists with id " + v.attributeId() + ".");
            }
            if (resolved.containsKey(attribute)) {
                throw InvalidInputException.of("attributes[" + i + "].attributeId", "invalidInput.duplicate",
                        "Attribute '" + attribute.name() + "' is listed twice.");
            }
            resolved.put(attribute, v.value() == null ? attribute.presentDefault() : v.value());
        }
        return resolved;
    }

    private AgentTeam team(long teamId) {
        return teams.find(teamId).orElseThrow(() -> InvalidInputException.of("teamId", "invalidInput.unknownTeam",
                "No agent team exists with id " + teamId + "."));
    }

    /** A random free 7-digit agent ID, as the modelled system generates when none is given. */
    private String freeAgentId() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = Integer.toString(1_000_000 + RANDOM.nextInt(9_000_000));
            if (!agents.agentIdTaken(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free 7-digit agent ID found");
    }

    private static ConflictException duplicate(String field, String message) {
        return new ConflictException("conflict.duplicate", message, List.of(new FieldError(field, "conflict.duplicate", message)), List.of());
    }
}
