package org.ccadmin.agents.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.agents.application.AgentViews.TeamSummary;
import org.ccadmin.agents.application.AgentViews.TeamView;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.AgentTeam;
import org.ccadmin.agents.domain.AgentTeams;
import org.ccadmin.agents.domain.Agents;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;

/**
 * Agent team use cases. Members and supervisors are given as complete id sets (null leaves them as they
 * are); an agent that joins this team leaves its previous one, as an agent has one team at most.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class AgentTeamService {

    @Inject
    private AgentTeams teams;

    @Inject
    private Agents agents;

    @Inject
    private ChangeLog changes;

    @Inject
    private SupervisorScope scope;

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<TeamSummary> search(PageRequest page) {
        Page<AgentTeam> found = teams.search(page, scope.current().filter());
        List<Long> ids = found.items().stream().map(AgentTeam::id).toList();
        Map<Long, Long> members = agents.memberCounts(ids);
        Map<Long, Long> supervisors = teams.supervisorCounts(ids);
        return found.map(t -> new TeamSummary(t.id(), t.name(), t.description(), members.getOrDefault(t.id(), 0L),
                supervisors.getOrDefault(t.id(), 0L), t.changeStamp()));
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public TeamView get(long id) {
        AgentTeam team = load(scope.current().requireTeam(id));
        return TeamView.of(team, agents.members(id));
    }

    public TeamView create(String name, String description, Set<Long> memberIds, Set<Long> supervisorIds) {
        AgentTeam team = AgentTeam.create(name, description);
        if (teams.nameTaken(name, null)) {
            throw ConflictException.duplicateName(AgentTeam.RESOURCE, name);
        }
        if (supervisorIds != null) {
            team.replaceSupervisors(loadAgents("supervisorIds", supervisorIds));
        }
        teams.add(team);
        if (memberIds != null) {
            replaceMembers(team, memberIds);
        }
        changes.created(team);
        return TeamView.of(team, agents.members(team.id()));
    }

    public TeamView update(long id, ChangeStamp stamp, String name, String description, Set<Long> memberIds, Set<Long> supervisorIds) {
        AgentTeam team = load(id);
        stamp.verify(AgentTeam.RESOURCE, id, team.changeStamp());
        if (name != null && teams.nameTaken(name, id)) {
            throw ConflictException.duplicateName(AgentTeam.RESOURCE, name);
        }
        Map<String, Object> before = team.auditState();
        team.revise(name, description);
        if (supervisorIds != null) {
            team.replaceSupervisors(loadAgents("supervisorIds", supervisorIds));
        }
        if (memberIds != null && replaceMembers(team, memberIds)) {
            teams.newVersion(team);
        }
        changes.updated(team, before);
        teams.save(team);
        return TeamView.of(team, agents.members(id));
    }

    public void delete(long id, ChangeStamp stamp) {
        AgentTeam team = load(id);
        stamp.verify(AgentTeam.RESOURCE, id, team.changeStamp());
        for (Agent member : agents.members(id)) {
            Map<String, Object> before = member.auditState();
            member.leaveTeam();
            changes.updated(member, before);
        }
        changes.deleted(team);
        teams.remove(team);
    }

    /** Returns whether the membership changed. */
    private boolean replaceMembers(AgentTeam team, Set<Long> memberIds) {
        if (memberIds.size() > AgentTeam.MAX_MEMBERS) {
            throw InvalidInputException.of("memberIds", "limitExceeded.agentsPerTeam",
                    "A team has at most " + AgentTeam.MAX_MEMBERS + " members; " + memberIds.size() + " were given.");
        }
        Set<Agent> wanted = loadAgents("memberIds", memberIds);
        List<Agent> current = agents.members(team.id());
        long count = current.size();
        for (Agent a : current) {
            if (!memberIds.contains(a.id())) {
                Map<String, Object> before = a.auditState();
                a.leaveTeam();
                changes.updated(a, before);
                count--;
            }
        }
        Set<Long> already = new HashSet<>();
        current.forEach(a -> already.add(a.id()));
        boolean changed = current.size() != count;
        for (Agent a : wanted) {
            if (!already.contains(a.id())) {
                Map<String, Object> before = a.auditState();
                a.joinTeam(team, count++);
                changes.updated(a, before);
                changed = true;
            }
        }
        return changed;
    }

    private Set<Agent> loadAgents(String field, Set<Long> ids) {
        Map<Long, Agent> found = new HashMap<>();
        agents.findAll(ids).forEach(a -> found.put(a.id(), a));
        Set<Long> missing = new LinkedHashSet<>(ids);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(field, "invalidInput.unknownAgent", "No agent exists with id " + missing + ".");
        }
        return new LinkedHashSet<>(found.values());
    }

    private AgentTeam load(long id) {
        return teams.find(id).orElseThrow(() -> new ResourceNotFoundException(AgentTeam.RESOURCE, id));
    }
}
