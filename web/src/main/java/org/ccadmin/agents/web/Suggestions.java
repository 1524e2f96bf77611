package org.ccadmin.agents.web;

import java.util.Collection;
import java.util.List;
import org.ccadmin.agents.application.AgentService;
import org.ccadmin.agents.application.AgentViews.AgentSummary;
import org.ccadmin.agents.application.AgentViews.TeamSummary;
import org.ccadmin.agents.application.AgentTeamService;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.skills.application.AttributeService;
import org.ccadmin.skills.application.AttributeView;

/**
 * What the pickers of the agent pages offer: one page of a service search for what was typed, never a
 * whole table. Pickers show at most {@value #AGENTS} agents and {@value #ATTRIBUTES} attributes; typing more
 * narrows the list.
 */
final class Suggestions {

    static final int AGENTS = 50;
    static final int ATTRIBUTES = 20;
    /** Teams offered by the team selects; filtering in the select narrows them. */
    static final int TEAMS = PageRequest.MAX_SIZE;

    private Suggestions() {
    }

    static List<AttributeView> attributes(AttributeService service, String typed, Collection<Long> except) {
        return service.search(null, new PageRequest(0, ATTRIBUTES + except.size(), "name", true, typed)).items().stream()
                .filter(a -> !except.contains(a.id())).limit(ATTRIBUTES).toList();
    }

    /** Agents matching the typed text; {@code supervisorsOnly} offers only agents with the supervisor flag. */
    static List<AgentSummary> agents(AgentService service, String typed, boolean supervisorsOnly, Collection<Long> except) {
        var query = service.query(typed, null, null, supervisorsOnly ? Boolean.TRUE : null, "q");
        return service.search(query, new PageRequest(0, Math.min(AGENTS + except.size(), PageRequest.MAX_SIZE), "userName", true, null))
                .items().stream().filter(a -> !except.contains(a.id())).limit(AGENTS).toList();
    }

    static List<TeamSummary> teams(AgentTeamService service) {
        return service.search(new PageRequest(0, TEAMS, "name", true, null)).items();
    }
}
