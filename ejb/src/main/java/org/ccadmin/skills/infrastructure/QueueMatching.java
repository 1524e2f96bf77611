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

    /** Bind parameters per statement: well under PostgreSQL's 32,767 and H2's limits. */
    private static final int MAX_PARAMETERS = 10_000;

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
        return counts(List.of(CriteriaSql.any(steps, attributeIds)))[0];
    }

    /**
     * The count of each condition, in as few statements as the bind-parameter limit allows (one for a queue's
     * steps, one for a page of queues): the agent table is read once per statement, not once per condition.
     */
    public long[] counts(List<CriteriaSql> conditions) {
        long[] out = new long[conditions.size()];
        int from = 0;
        while (from < conditions.size()) {
            int to = from;
            int params = 0;
            while (to < conditions.size() && (to == from || params + conditions.get(to).parameters().size() <= MAX_PARAMETERS)) {
                params += conditions.get(to).parameters().size();
                to++;
            }
            StringBuilder select = new StringBuilder();
            List<Object> bound = new java.util.ArrayList<>();
            for (CriteriaSql c : conditions.subList(from, to)) {
                select.append(select.isEmpty() ? "" : ", ").append("count(case when ").append(c.condition()).append(" then 1 end)");
                bound.addAll(c.parameters());
            }
            Query q = em.createNativeQuery("select " + select + " from agent a");
            bind(q, bound);
            Object result = q.getSingleResult();
            Object[] row = result instanceof Object[] r ? r : new Object[] {result};
            for (int i = 0; i < row.length; i++) {
                out[from + i] = ((Number) row[i]).longValue();
            }
            from = to;
        }
        return out;
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
