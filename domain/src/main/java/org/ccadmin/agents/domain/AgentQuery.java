package org.ccadmin.agents.domain;

import java.util.List;
import java.util.Set;

/**
 * The criteria of an agent search: free text over user name, agent ID, first and last name and description;
 * member of any of {@code teamIds}; all of the attribute conditions; supervisors only (true), agents only
 * (false) or both (null). The same criteria select the agents of a multi-agent edit. {@code withinTeams} is
 * the caller's {@link TeamScope} (null: unrestricted; empty: no agent at all), applied on top of the rest.
 */
public record AgentQuery(String text, Set<Long> teamIds, List<AttributeCondition> attributes, Boolean supervisor,
        Set<Long> withinTeams) {

    public AgentQuery {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        text = text == null || text.isBlank() ? null : text.strip();
        withinTeams = withinTeams == null ? null : Set.copyOf(withinTeams);
    }

    public AgentQuery(String text, Set<Long> teamIds, List<AttributeCondition> attributes, Boolean supervisor) {
        this(text, teamIds, attributes, supervisor, null);
    }

    public static AgentQuery all() {
        return new AgentQuery(null, Set.of(), List.of(), null);
    }
}
