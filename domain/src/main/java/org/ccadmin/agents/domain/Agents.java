package org.ccadmin.agents.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;

/** Repository port of agents. Searches never load whole tables: two queries per page. */
public interface Agents {

    Optional<Agent> find(long id);

    /** The agent with its attribute values and team loaded in one query. */
    Optional<Agent> findWithDetails(long id);

    List<Agent> findAll(Collection<Long> ids);

    boolean userNameTaken(String userName, Long exceptId);

    boolean agentIdTaken(String agentId);

    long count();

    void add(Agent agent);

    Agent save(Agent agent);

    /**
     * Gives the agent a new changeStamp now, checking the one it was read with. Needed when only rows of
     * its own tables changed (attribute values), which JPA does not count as a change of the agent.
     */
    void newVersion(Agent agent);

    /** The given ids of agents that exist, without duplicates, in id order. */
    List<Long> existingIds(Collection<Long> ids);

    void remove(Agent agent);

    Page<Agent> search(AgentQuery query, PageRequest page);

    /** Ids of every agent matching the query (for multi-agent edits), in id order. */
    List<Long> ids(AgentQuery query);

    long teamMembers(long teamId);

    List<Agent> members(long teamId);

    /** Per team id: its number of members (one grouped query). */
    Map<Long, Long> memberCounts(Collection<Long> teamIds);

    /** Per agent id: the stored value of the attribute, for those of the given agents that hold it. */
    Map<Long, Integer> heldValues(long attributeId, Collection<Long> agentIds);

    /** Bulk write for multi-agent edits: sets the value for every given agent (insert or update). */
    void setValue(long attributeId, int storedValue, Collection<Long> agentIds);

    /** Bulk write for multi-agent edits: removes the attribute from every given agent. */
    void removeValue(long attributeId, Collection<Long> agentIds);

    /** Bulk writes bypass the entities; this bumps the agents' changeStamps so concurrent edits still conflict. */
    void touch(Collection<Long> agentIds);

    /** Per agent id: how many attributes it holds, for the agents given. */
    Map<Long, Long> attributeCounts(Collection<Long> agentIds);

    /** Agents holding an attribute, with their values; text matches as in {@link #search}. */
    Page<AgentAttribute> holders(long attributeId, String text, PageRequest page);

    /** As {@link #holders(long, String, PageRequest)}, only members of the given teams (null: all agents). */
    Page<AgentAttribute> holders(long attributeId, String text, PageRequest page, java.util.Set<Long> withinTeams);
}
