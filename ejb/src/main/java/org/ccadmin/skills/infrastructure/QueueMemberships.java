package org.ccadmin.skills.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.skills.domain.criteria.Comparison;
import org.ccadmin.skills.domain.criteria.Criteria;
import org.ccadmin.skills.domain.criteria.Expression;
import org.ccadmin.skills.domain.criteria.Logic;
import org.ccadmin.skills.domain.criteria.QueueCriteria;
import org.ccadmin.skills.domain.criteria.Term;

/**
 * How many queues match which agents, computed from the stored criteria each time (no membership table to
 * keep in step, nothing held in one node's memory). Two forms: the queues' criteria loaded in three
 * statements, for evaluating one agent's values in memory; and, for many agents at once, one statement that
 * evaluates every stored term against the agents' held values and rolls terms up to expressions, steps and
 * queues in the database.
 */
@ApplicationScoped
public class QueueMemberships {

    @PersistenceContext
    private EntityManager em;

    /** The agents of a scope matched by too many queues: the first few user names and how many in all. */
    public record OverLimit(List<String> firstUserNames, long total) {
        public boolean any() {
            return total > 0;
        }
    }

    /**
     * The criteria of every queue with a term on one of the attributes named (by name key): no other queue can
     * match an agent holding only those; or of all queues when {@code attributeKeys} is null.
     */
    public List<QueueCriteria> criteria(Collection<String> attributeKeys) {
        if (attributeKeys != null && attributeKeys.isEmpty()) {
            return List.of();
        }
        String filter = attributeKeys == null ? "" : " where s.queue_id in (select fs.queue_id from precision_queue_step fs"
                + " join precision_queue_term ft on ft.step_id = fs.id join attribute fa on fa.id = ft.attribute_id"
                + " where fa.name_key in (:keys))";
        Map<Long, Object[]> steps = new LinkedHashMap<>();
        for (Object[] r : rows("select s.id, s.queue_id, q.name, s.logic from precision_queue_step s"
                + " join precision_queue q on q.id = s.queue_id" + filter + " order by s.queue_id, s.position", attributeKeys)) {
            steps.put(number(r[0]), r);
        }
        Map<Long, List<Logic>> expressionLogic = new HashMap<>();
        for (Object[] r : rows("select e.step_id, e.logic from precision_queue_expression e join precision_queue_step s"
                + " on s.id = e.step_id" + filter + " order by e.step_id, e.position", attributeKeys)) {
            expressionLogic.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add(Logic.valueOf((String) r[1]));
        }
        Map<Long, Map<Integer, List<Term>>> terms = new HashMap<>();
        for (Object[] r : rows("select t.step_id, t.expression_position, a.name, t.comparison, t.term_value"
                + " from precision_queue_term t join precision_queue_step s on s.id = t.step_id join attribute a"
                + " on a.id = t.attribute_id" + filter + " order by t.step_id, t.expression_position, t.position", attributeKeys)) {
            terms.computeIfAbsent(number(r[0]), k -> new HashMap<>()).computeIfAbsent(((Number) r[1]).intValue(),
                    k -> new ArrayList<>()).add(new Term((String) r[2], Comparison.valueOf((String) r[3]), ((Number) r[4]).intValue()));
        }
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<Criteria>> byQueue = new LinkedHashMap<>();
        steps.forEach((stepId, r) -> {
            long queueId = number(r[1]);
            names.put(queueId, (String) r[2]);
            List<Expression> expressions = new ArrayList<>();
            List<Logic> logic = expressionLogic.getOrDefault(stepId, List.of());
            for (int e = 0; e < logic.size(); e++) {
                expressions.add(new Expression(terms.getOrDefault(stepId, Map.of()).getOrDefault(e, List.of()), logic.get(e)));
            }
            byQueue.computeIfAbsent(queueId, k -> new ArrayList<>()).add(new Criteria(expressions, Logic.valueOf((String) r[3])));
        });
        List<QueueCriteria> out = new ArrayList<>();
        byQueue.forEach((id, c) -> out.add(new QueueCriteria(id, names.get(id), c)));
        return out;
    }

    /**
     * The agents of {@code scope} (a condition over {@code agent a}) matched by at least {@code atLeast}
     * queues other than {@code exceptQueueId}, in one statement. A term hits when the agent holds its attribute
     * with a value satisfying it; an AND expression needs all its terms hit, an OR one any; likewise a step's
     * expressions; a queue matches when any step does.
     */
    public OverLimit matchedByAtLeast(CriteriaSql scope, long exceptQueueId, int atLeast, int named) {
        StringBuilder hit = new StringBuilder();
        for (Comparison c : Comparison.values()) {
            hit.append(hit.isEmpty() ? "" : " or ").append("(t.comparison = '").append(c.name())
                    .append("' and h.attribute_value ").append(CriteriaSql.operator(c)).append(" t.term_value)");
        }
        // Derived tables, not a WITH chain: H2 2.2 loses the bound parameters of a CTE that another CTE reads.
        String termHits = "select h.agent_id, t.step_id, t.expression_position, count(*) hits from agent_attribute h"
                + " join precision_queue_term t on t.attribute_id = h.attribute_id"
                + " where h.agent_id in (select a.id from agent a where " + scope.condition() + ") and (" + hit + ")"
                + " group by h.agent_id, t.step_id, t.expression_position";
        String expressionHits = "select th.agent_id, th.step_id, count(*) hits from (" + termHits + ") th"
                + " join precision_queue_expression e on e.step_id = th.step_id and e.position = th.expression_position"
                + " join (select step_id, expression_position, count(*) terms from precision_queue_term"
                + " group by step_id, expression_position) z on z.step_id = th.step_id and z.expression_position = th.expression_position"
                + " where e.logic = 'OR' or th.hits = z.terms group by th.agent_id, th.step_id";
        String overLimit = "select eh.agent_id from (" + expressionHits + ") eh join precision_queue_step s on s.id = eh.step_id"
                + " join (select step_id, count(*) expressions from precision_queue_expression group by step_id) z"
                + " on z.step_id = eh.step_id where s.queue_id <> ? and (s.logic = 'OR' or eh.hits = z.expressions)"
                + " group by eh.agent_id having count(distinct s.queue_id) >= ?";
        String sql = "select a.user_name, count(*) over () from (" + overLimit + ") o join agent a on a.id = o.agent_id"
                + " order by a.user_name_key, a.id fetch first " + named + " rows only";
        Query q = em.createNativeQuery(sql);
        List<Object> params = new ArrayList<>(scope.parameters());
        params.add(exceptQueueId);
        params.add(atLeast);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<?> found = q.getResultList();
        if (found.isEmpty()) {
            return new OverLimit(List.of(), 0);
        }
        List<String> names = found.stream().map(r -> (String) ((Object[]) r)[0]).toList();
        return new OverLimit(names, ((Number) ((Object[]) found.get(0))[1]).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<String> attributeKeys) {
        Query q = em.createNativeQuery(sql);
        if (attributeKeys != null) {
            q.setParameter("keys", attributeKeys);
        }
        return q.getResultList();
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
