package org.ccadmin.agents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.AgentAttribute;
import org.ccadmin.agents.domain.AgentQuery;
import org.ccadmin.agents.domain.Agents;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.Like;

@ApplicationScoped
public class JpaAgents implements Agents {

    /** IN lists are cut into chunks of this size; databases and drivers cap bind parameters. */
    static final int CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Agent> find(long id) {
        return Optional.ofNullable(em.find(Agent.class, id));
    }

    @Override
    public Optional<Agent> findWithDetails(long id) {
        // A criteria query: JPQL may not give a fetch join an alias (WildFly's Hibernate enforces it), and the
        // attribute of each value is fetched through the fetch of the values.
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Agent> select = cb.createQuery(Agent.class);
        Root<Agent> agent = select.from(Agent.class);
        agent.fetch("team", JoinType.LEFT);
        agent.fetch("attributes", JoinType.LEFT).fetch("attribute", JoinType.LEFT);
        select.select(agent).distinct(true).where(cb.equal(agent.get("id"), id));
        return em.createQuery(select).getResultStream().findFirst();
    }

    @Override
    public List<Agent> findAll(Collection<Long> ids) {
        List<Agent> all = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            all.addAll(em.createQuery("select a from Agent a where a.id in :ids", Agent.class).setParameter("ids", chunk).getResultList());
        }
        return all;
    }

    @Override
    public boolean userNameTaken(String userName, Long exceptId) {
        return !em.createQuery("select a.id from Agent a where a.userNameKey = :key and a.id <> :except", Long.class)
                .setParameter("key", Names.key(userName)).setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean agentIdTaken(String agentId) {
        return !em.createQuery("select a.id from Agent a where a.agentId = :agentId", Long.class)
                .setParameter("agentId", agentId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Agent a", Long.class).getSingleResult();
    }

    @Override
    public void add(Agent agent) {
        em.persist(agent);
        em.flush();
    }

    @Override
    public Agent save(Agent agent) {
        em.flush();
        return agent;
    }

    @Override
    public void newVersion(Agent agent) {
        em.lock(agent, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public List<Long> existingIds(Collection<Long> ids) {
        List<Long> found = new ArrayList<>();
        for (List<Long> chunk : chunks(new java.util.LinkedHashSet<>(ids))) {
            found.addAll(em.createQuery("select a.id from Agent a where a.id in :ids", Long.class).setParameter("ids", chunk)
                    .getResultList());
        }
        found.sort(null);
        return found;
    }

    @Override
    public void remove(Agent agent) {
        em.remove(agent);
        em.flush();
    }

    @Override
    public Page<Agent> search(AgentQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Agent> countRoot = count.from(Agent.class);
        count.select(cb.count(countRoot)).where(AgentCriteria.where(cb, count, countRoot, query));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0) {
            return new Page<>(List.of(), 0, page);
        }
        CriteriaQuery<Agent> select = cb.createQuery(Agent.class);
        Root<Agent> agent = select.from(Agent.class);
        agent.fetch("team", JoinType.LEFT);
        select.select(agent).where(AgentCriteria.where(cb, select, agent, query));
        Expression<?> key = agent.get(page.sortField());
        select.orderBy(page.ascending() ? cb.asc(key) : cb.desc(key),
                page.ascending() ? cb.asc(agent.get("id")) : cb.desc(agent.get("id")));
        List<Agent> items = em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, total, page);
    }

    @Override
    public List<Long> ids(AgentQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<Agent> agent = select.from(Agent.class);
        select.select(agent.get("id")).where(AgentCriteria.where(cb, select, agent, query)).orderBy(cb.asc(agent.get("id")));
        return em.createQuery(select).getResultList();
    }

    @Override
    public long teamMembers(long teamId) {
        return em.createQuery("select count(a) from Agent a where a.team.id = :team", Long.class)
                .setParameter("team", teamId).getSingleResult();
    }

    @Override
    public List<Agent> members(long teamId) {
        return em.createQuery("select a from Agent a where a.team.id = :team order by a.userName, a.id", Agent.class)
                .setParameter("team", teamId).getResultList();
    }

    @Override
    public Map<Long, Long> memberCounts(Collection<Long> teamIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (teamIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select a.team.id, count(a) from Agent a where a.team.id in :ids group by a.team.id",
                Object[].class).setParameter("ids", teamIds).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public Map<Long, Integer> heldValues(long attributeId, Collection<Long> agentIds) {
        Map<Long, Integer> values = new HashMap<>();
        for (List<Long> chunk : chunks(agentIds)) {
            for (Object[] row : em.createQuery("select aa.agent.id, aa.value from AgentAttribute aa where aa.attribute.id = :attribute "
                    + "and aa.agent.id in :ids", Object[].class).setParameter("attribute", attributeId).setParameter("ids", chunk)
                    .getResultList()) {
                values.put((Long) row[0], (Integer) row[1]);
            }
        }
        return values;
    }

    // The bulk writes are plain SQL, the same on H2 and PostgreSQL: one statement per 1,000 agents instead of
    // one entity per agent and value.
    @Override
    public void setValue(long attributeId, int storedValue, Collection<Long> agentIds) {
        for (List<Long> chunk : chunks(agentIds)) {
            em.createNativeQuery("update agent_attribute set attribute_value = :value where attribute_id = :attribute "
                    + "and agent_id in (:ids) and attribute_value <> :value")
                    .setParameter("value", storedValue).setParameter("attribute", attributeId).setParameter("ids", chunk)
                    .executeUpdate();
            em.createNativeQuery("insert into agent_attribute (agent_id, attribute_id, attribute_value) "
                    + "select a.id, :attribute, :value from agent a where a.id in (:ids) and not exists "
                    + "(select 1 from agent_attribute x where x.agent_id = a.id and x.attribute_id = :attribute)")
                    .setParameter("value", storedValue).setParameter("attribute", attributeId).setParameter("ids", chunk)
                    .executeUpdate();
        }
    }

    @Override
    public void removeValue(long attributeId, Collection<Long> agentIds) {
        for (List<Long> chunk : chunks(agentIds)) {
            em.createNativeQuery("delete from agent_attribute where attribute_id = :attribute and agent_id in (:ids)")
                    .setParameter("attribute", attributeId).setParameter("ids", chunk).executeUpdate();
        }
    }

    @Override
    public void touch(Collection<Long> agentIds) {
        for (List<Long> chunk : chunks(agentIds)) {
            em.createNativeQuery("update agent set change_stamp = change_stamp + 1 where id in (:ids)").setParameter("ids", chunk)
                    .executeUpdate();
        }
        em.clear();
    }

    @Override
    public Map<Long, Long> attributeCounts(Collection<Long> agentIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (List<Long> chunk : chunks(agentIds)) {
            for (Object[] row : em.createQuery("select aa.agent.id, count(aa) from AgentAttribute aa where aa.agent.id in :ids "
                    + "group by aa.agent.id", Object[].class).setParameter("ids", chunk).getResultList()) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    @Override
    public Page<AgentAttribute> holders(long attributeId, String text, PageRequest page) {
        return holders(attributeId, text, page, null);
    }

    @Override
    public Page<AgentAttribute> holders(long attributeId, String text, PageRequest page, java.util.Set<Long> withinTeams) {
        if (withinTeams != null && withinTeams.isEmpty()) {
            return new Page<>(List.of(), 0, page);
        }
        String filter = (text == null ? "" : " and aa.agent.searchText like :text escape '\\'")
                + (withinTeams == null ? "" : " and aa.agent.team.id in :teams");
        var count = em.createQuery("select count(aa) from AgentAttribute aa where aa.attribute.id = :id" + filter, Long.class)
                .setParameter("id", attributeId);
        String order = switch (page.sortField()) {
            case "value" -> "aa.value";
            case "agentId" -> "aa.agent.agentId";
            case "firstName" -> "aa.agent.firstName";
            case "lastName" -> "aa.agent.lastName";
            default -> "aa.agent.userName";
        };
        String direction = page.ascending() ? " asc" : " desc";
        var select = em.createQuery("select aa from AgentAttribute aa join fetch aa.agent where aa.attribute.id = :id" + filter
                + " order by " + order + direction + ", aa.agent.id" + direction, AgentAttribute.class).setParameter("id", attributeId);
        if (text != null) {
            String pattern = Like.contains(text);
            count.setParameter("text", pattern);
            select.setParameter("text", pattern);
        }
        if (withinTeams != null) {
            count.setParameter("teams", withinTeams);
            select.setParameter("teams", withinTeams);
        }
        long total = count.getSingleResult();
        List<AgentAttribute> items = total == 0 ? List.of()
                : select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, total, page);
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }
}
