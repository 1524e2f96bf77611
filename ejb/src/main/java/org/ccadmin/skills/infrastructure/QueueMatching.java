package org.ccadmin.skills.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.function.ToLongFunction;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.skills.domain.criteria.Criteria;

/**
 * Which configured agents (logged in or not) a step's criteria select, computed by the database: a count, and
 * a page of agents in user-name order. Nothing is loaded into memory beyond the page.
 */
@ApplicationScoped
public class QueueMatching {

    @PersistenceContext
    private EntityManager em;

    public long count(Criteria criteria, ToLongFunction<String> attributeIds) {
        CriteriaSql sql = CriteriaSql.of(criteria, attributeIds);
        Query q = em.createNativeQuery("select count(*) from agent a where " + sql.condition());
        bind(q, sql.parameters());
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Agents matching any of the criteria (a queue's agents are those of its steps). */
    public long countAny(List<Criteria> steps, ToLongFunction<String> attributeIds) {
        if (steps.isEmpty()) {
            return 0;
        }
        StringBuilder where = new StringBuilder();
        List<Object> params = new java.util.ArrayList<>();
        for (Criteria c : steps) {
            CriteriaSql sql = CriteriaSql.of(c, attributeIds);
            where.append(where.isEmpty() ? "" : " or ").append(sql.condition());
            params.addAll(sql.parameters());
        }
        Query q = em.createNativeQuery("select count(*) from agent a where " + where);
        bind(q, params);
        return ((Number) q.getSingleResult()).longValue();
    }

    public Page<Agent> agents(Criteria criteria, ToLongFunction<String> attributeIds, PageRequest page) {
        CriteriaSql sql = CriteriaSql.of(criteria, attributeIds);
        Query ids = em.createNativeQuery("select a.id from agent a where " + sql.condition()
                + " order by a.user_name_key, a.id");
        bind(ids, sql.parameters());
        ids.setFirstResult(page.offset()).setMaxResults(page.size());
        List<Long> found = ((List<?>) ids.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
        List<Agent> agents = found.isEmpty() ? List.of() : em.createQuery("select a from Agent a where a.id in :ids", Agent.class)
                .setParameter("ids", found).getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(a -> found.indexOf(a.id()))).toList();
        return new Page<>(agents, count(criteria, attributeIds), page);
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }
}
