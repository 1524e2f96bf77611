package org.ccadmin.bulk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.AgentTeam;
import org.ccadmin.bulk.domain.ChunkLookups;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.skills.domain.Attribute;

@ApplicationScoped
public class JpaChunkLookups implements ChunkLookups {

    /** Bind parameters per IN list; databases and drivers cap them. */
    private static final int CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<String, Agent> agentsByUserName(Collection<String> keys) {
        Map<String, Agent> found = new HashMap<>();
        for (List<String> part : parts(keys)) {
            // A criteria query: JPQL may not give a fetch join an alias, and the values' attributes are fetched
            // through the fetch of the values.
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Agent> select = cb.createQuery(Agent.class);
            Root<Agent> agent = select.from(Agent.class);
            agent.fetch("team", JoinType.LEFT);
            agent.fetch("attributes", JoinType.LEFT).fetch("attribute", JoinType.LEFT);
            select.select(agent).distinct(true).where(agent.get("userNameKey").in(part));
            em.createQuery(select).getResultList().forEach(a -> found.put(Names.key(a.userName()), a));
        }
        return found;
    }

    @Override
    public Map<String, AgentTeam> teamsByName(Collection<String> keys) {
        Map<String, AgentTeam> found = new HashMap<>();
        for (List<String> part : parts(keys)) {
            em.createQuery("select t from AgentTeam t where t.nameKey in :keys", AgentTeam.class).setParameter("keys", part)
                    .getResultList().forEach(t -> found.put(Names.key(t.name()), t));
        }
        return found;
    }

    @Override
    public Map<String, Attribute> attributesByName(Collection<String> keys) {
        Map<String, Attribute> found = new HashMap<>();
        for (List<String> part : parts(keys)) {
            em.createQuery("select a from Attribute a where a.nameKey in :keys", Attribute.class).setParameter("keys", part)
                    .getResultList().forEach(a -> found.put(Names.key(a.name()), a));
        }
        return found;
    }

    @Override
    public Set<String> takenAgentIds(Collection<String> agentIds) {
        Set<String> taken = new HashSet<>();
        for (List<String> part : parts(agentIds)) {
            taken.addAll(em.createQuery("select a.agentId from Agent a where a.agentId in :ids", String.class)
                    .setParameter("ids", part).getResultList());
        }
        return taken;
    }

    @Override
    public Map<Long, List<AgentTeam>> supervisedTeams(Collection<Long> agentIds) {
        Map<Long, List<AgentTeam>> teams = new HashMap<>();
        for (List<Long> part : parts(agentIds)) {
            for (Object[] row : em.createQuery("select s.id, t from AgentTeam t join t.supervisors s where s.id in :ids",
                    Object[].class).setParameter("ids", part).getResultList()) {
                teams.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((AgentTeam) row[1]);
            }
        }
        return teams;
    }

    private static <T> List<List<T>> parts(Collection<T> all) {
        List<T> list = new ArrayList<>(new java.util.LinkedHashSet<>(all));
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            parts.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return parts;
    }
}
