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
        return counts(List.of(List.of(criteria)), attributeIds)[0];
    }

    /** Agents matching any of the criteria (a queue's agents are those of its steps). */
    public long countAny(List<Criteria> steps, ToLongFunction<String> attributeIds) {
        return counts(List.of(steps), attributeIds)[0];
    }

    /**
     * How many agents match each group (an agent matches a group when it matches any of its criteria), in one
     * statement: the values of the criteria's attributes (at most 10 in a queue) are read once, pivoted to one
     * row per agent, and every group is evaluated on that row. An exists per term and per count would read
     * the held values once per term and per count.
     */
    public long[] counts(List<List<Criteria>> groups, ToLongFunction<String> attributeIds) {
        return counts(groups, attributeIds, null);
    }

    /** As {@link #countAny(List, ToLongFunction)}, among the members of the given teams only (null: all agents). */
    public long countAny(List<Criteria> steps, ToLongFunction<String> attributeIds, java.util.Set<Long> withinTeams) {
        return counts(List.of(steps), attributeIds, withinTeams)[0];
    }

    /** As {@link #counts(List, ToLongFunction)}, among the members of the given teams only (null: all agents). */
    public long[] counts(List<List<Criteria>> groups, ToLongFunction<String> attributeIds, java.util.Set<Long> withinTeams) {
        if (withinTeams != null && withinTeams.isEmpty()) {
            return new long[groups.size()];
        }
        List<Long> attributes = new java.util.ArrayList<>();
        groups.forEach(g -> g.forEach(c -> c.terms().forEach(t -> {
            long id = attributeIds.applyAsLong(t.attribute());
            if (!attributes.contains(id)) {
                attributes.add(id);
            }
        })));
        long[] out = new long[groups.size()];
        if (attributes.isEmpty()) {
            return out;
        }
        // Bound in the order of the text: the groups' values, then the pivot's ids, then the filter's ids.
        List<Object> bound = new java.util.ArrayList<>();
        StringBuilder pivot = new StringBuilder();
        for (int i = 0; i < attributes.size(); i++) {
            pivot.append(", max(case when aa.attribute_id = ? then aa.attribute_value end) v").append(i);
        }
        StringBuilder select = new StringBuilder();
        for (List<Criteria> g : groups) {
            List<String> any = new java.util.ArrayList<>();
            for (Criteria c : g) {
                CriteriaSql sql = CriteriaSql.onColumns(c, attributes, attributeIds);
                any.add(sql.condition());
                bound.addAll(sql.parameters());
            }
            select.append(select.isEmpty() ? "" : ", ").append("count(case when ")
                    .append(any.isEmpty() ? "1 = 0" : String.join(" or ", any)).append(" then 1 end)");
        }
        bound.addAll(attributes);
        bound.addAll(attributes);
        String in = String.join(", ", java.util.Collections.nCopies(attributes.size(), "?"));
        String teams = "";
        if (withinTeams != null) {
            teams = " and aa.agent_id in (select a.id from agent a where a.team_id in ("
                    + String.join(", ", java.util.Collections.nCopies(withinTeams.size(), "?")) + "))";
            bound.addAll(withinTeams);
        }
        Query q = em.createNativeQuery("select " + select + " from (select aa.agent_id" + pivot
                + " from agent_attribute aa where aa.attribute_id in (" + in + ")" + teams + " group by aa.agent_id) p");
        bind(q, bound);
        Object result = q.getSingleResult();
        Object[] row = result instanceof Object[] r ? r : new Object[] {result};
        for (int i = 0; i < row.length; i++) {
            out[i] = ((Number) row[i]).longValue();
        }
        return out;
    }

    public Page<Agent> agents(Criteria criteria, ToLongFunction<String> attributeIds, PageRequest page) {
        return agents(criteria, attributeIds, page, null);
    }

    /**
     * As {@link #agents(Criteria, ToLongFunction, PageRequest)}, among the members of the given teams only
     * (null: all agents; a supervisor's scope), counted among them too.
     */
    public Page<Agent> agents(Criteria criteria, ToLongFunction<String> attributeIds, PageRequest page, java.util.Set<Long> withinTeams) {
        if (withinTeams != null && withinTeams.isEmpty()) {
            return new Page<>(List.of(), 0, page);
        }
        CriteriaSql sql = CriteriaSql.of(criteria, attributeIds);
        String teams = withinTeams == null ? ""
                : " and a.team_id in (" + String.join(", ", java.util.Collections.nCopies(withinTeams.size(), "?")) + ")";
        List<Object> params = new java.util.ArrayList<>(sql.parameters());
        if (withinTeams != null) {
            params.addAll(withinTeams);
        }
        Query ids = em.createNativeQuery("select a.id from agent a where (" + sql.condition() + ")" + teams
                + " order by a.user_name_key, a.id");
        bind(ids, params);
        ids.setFirstResult(page.offset()).setMaxResults(page.size());
        List<Long> found = ((List<?>) ids.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
        List<Agent> agents = found.isEmpty() ? List.of() : em.createQuery("select a from Agent a where a.id in :ids", Agent.class)
                .setParameter("ids", found).getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(a -> found.indexOf(a.id()))).toList();
        long total;
        if (withinTeams == null) {
            total = count(criteria, attributeIds);
        } else {
            Query count = em.createNativeQuery("select count(*) from agent a where (" + sql.condition() + ")" + teams);
            bind(count, params);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Page<>(agents, total, page);
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }
}
