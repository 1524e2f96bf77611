package org.ccadmin.agents.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.ForbiddenException;
import org.ccadmin.shared.domain.ResourceNotFoundException;

/**
 * Which agents and teams a caller may see: everything (an administrator), or only the teams it supervises and
 * their members (a supervisor, as in the modelled system: "supervisors can set attributes only for agents on
 * their teams"). Something outside the scope is reported as not existing, so its existence is not revealed.
 */
public final class TeamScope {

    private static final TeamScope ALL = new TeamScope(null);

    /** null: unrestricted. */
    private final Set<Long> teamIds;

    private TeamScope(Set<Long> teamIds) {
        this.teamIds = teamIds;
    }

    public static TeamScope unrestricted() {
        return ALL;
    }

    public static TeamScope supervising(Set<Long> teamIds) {
        return new TeamScope(Set.copyOf(teamIds));
    }

    public boolean restricted() {
        return teamIds != null;
    }

    /** The supervised team ids; empty for an unrestricted scope (ask {@link #restricted()} first). */
    public Set<Long> teamIds() {
        return teamIds == null ? Set.of() : teamIds;
    }

    /** Null for an unrestricted scope, else the supervised team ids (for repository filters). */
    public Set<Long> filter() {
        return teamIds;
    }

    public boolean coversTeam(Long teamId) {
        return teamIds == null || teamId != null && teamIds.contains(teamId);
    }

    public boolean covers(Agent agent) {
        return coversTeam(agent.team() == null ? null : agent.team().id());
    }

    /** The agent, if in scope; otherwise "not found" under the id asked for. */
    public Agent require(Agent agent) {
        if (!covers(agent)) {
            throw new ResourceNotFoundException(Agent.RESOURCE, agent.id());
        }
        return agent;
    }

    /** The team id, if in scope; otherwise "not found". */
    public long requireTeam(long teamId) {
        if (!coversTeam(teamId)) {
            throw new ResourceNotFoundException(AgentTeam.RESOURCE, teamId);
        }
        return teamId;
    }

    /** The same search, limited to the members of the supervised teams. */
    public AgentQuery narrow(AgentQuery query) {
        if (teamIds == null) {
            return query;
        }
        return new AgentQuery(query.text(), query.teamIds(), query.attributes(), query.supervisor(), teamIds);
    }

    /**
     * A supervisor changes only an agent's attribute settings: every other field given (team included) is
     * refused, each named. An unrestricted scope allows everything.
     */
    public void checkAgentChange(AgentDraft draft, boolean teamGiven) {
        if (teamIds == null) {
            return;
        }
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("agentId", draft.agentId());
        given.put("userName", draft.userName());
        given.put("firstName", draft.firstName());
        given.put("lastName", draft.lastName());
        given.put("description", draft.description());
        given.put("password", draft.password());
        given.put("loginEnabled", draft.loginEnabled());
        given.put("ssoEnabled", draft.ssoEnabled());
        given.put("agentStateTrace", draft.agentStateTrace());
        given.put("supervisor", draft.supervisor());
        given.put("teamId", teamGiven ? Boolean.TRUE : null);
        List<FieldError> refused = new ArrayList<>();
        given.forEach((field, value) -> {
            if (value != null) {
                refused.add(new FieldError(field, "forbidden.supervisorField",
                        "A supervisor may change only an agent's attributes, not " + field + "."));
            }
        });
        if (!refused.isEmpty()) {
            throw new ForbiddenException(refused);
        }
    }
}
