package org.ccadmin.agents.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;

/** Repository port of agent teams. */
public interface AgentTeams {

    Optional<AgentTeam> find(long id);

    List<AgentTeam> findAll(Collection<Long> ids);

    boolean nameTaken(String name, Long exceptId);

    void add(AgentTeam team);

    AgentTeam save(AgentTeam team);

    /** A new changeStamp for the team when only its members (rows of the agent table) changed. */
    void newVersion(AgentTeam team);

    void remove(AgentTeam team);

    Page<AgentTeam> search(PageRequest page);

    /** As {@link #search(PageRequest)}, only among the given team ids (null: all teams). */
    Page<AgentTeam> search(PageRequest page, java.util.Set<Long> within);

    /** Per team id: its number of supervisors (one grouped query). */
    java.util.Map<Long, Long> supervisorCounts(Collection<Long> teamIds);

    /** Teams the agent supervises. */
    List<AgentTeam> supervisedBy(long agentId);
}
