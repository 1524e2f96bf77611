package org.ccadmin.bulk.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.AgentTeam;
import org.ccadmin.skills.domain.Attribute;

/**
 * What applying a chunk of rows needs to know beforehand, fetched set-wise (one query per kind for the
 * whole chunk) instead of once per row: the agents, teams and attributes the rows name, and which agent IDs
 * are taken.
 */
public interface ChunkLookups {

    /** By user name key ({@link org.ccadmin.shared.domain.Names#key}): the agents, with attribute values and team loaded. */
    Map<String, Agent> agentsByUserName(Collection<String> userNameKeys);

    /** By name key: the teams. */
    Map<String, AgentTeam> teamsByName(Collection<String> nameKeys);

    /** By name key: the attributes. */
    Map<String, Attribute> attributesByName(Collection<String> nameKeys);

    /** Those of the given agent IDs that agents hold. */
    Set<String> takenAgentIds(Collection<String> agentIds);

    /** Per agent id: the teams the agent supervises (only agents that supervise any). */
    Map<Long, List<AgentTeam>> supervisedTeams(Collection<Long> agentIds);
}
