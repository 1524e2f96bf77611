package org.ccadmin.skills.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.ccadmin.skills.domain.criteria.Comparison;
import org.ccadmin.skills.domain.criteria.Criteria;
import org.ccadmin.skills.domain.criteria.Expression;
import org.ccadmin.skills.domain.criteria.Logic;
import org.ccadmin.skills.domain.criteria.Term;

/**
 * A step's criteria as an SQL condition over {@code agent a}, so that counts and agent lists are computed by
 * the database (no agents loaded into memory). Each term is an {@code exists} on {@code agent_attribute},
 * which the index {@code (attribute_id, attribute_value, agent_id)} answers; an agent without the attribute
 * matches no term on it, as in {@link Criteria#matches}. Operators come from a closed enum, values and ids
 * are bound parameters: nothing from the user is spliced into the text.
 */
public record CriteriaSql(String condition, List<Object> parameters) {

    public static CriteriaSql of(Criteria criteria, ToLongFunction<String> attributeIds) {
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Expression e : criteria.expressions()) {
            List<String> terms = new ArrayList<>();
            for (Term t : e.terms()) {
                terms.add("exists (select 1 from agent_attribute aa where aa.agent_id = a.id and aa.attribute_id = ?"
                        + " and aa.attribute_value " + operator(t.comparison()) + " ?)");
                params.add(attributeIds.applyAsLong(t.attribute()));
                params.add(t.value());
            }
            parts.add("(" + String.join(join(e.logic()), terms) + ")");
        }
        return new CriteriaSql("(" + String.join(join(criteria.logic()), parts) + ")", List.copyOf(params));
    }

    /**
     * The criteria as a condition over {@code p.v<n>}, the value an agent holds of the {@code n}-th of
     * {@code attributes} (null when it holds none: a comparison with null is never true, so such an agent
     * matches no term on it, as with the {@code exists} form). For counting many criteria over one read of
     * the held values ({@link QueueMatching#counts}).
     */
    public static CriteriaSql onColumns(Criteria criteria, List<Long> attributes, ToLongFunction<String> attributeIds) {
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Expression e : criteria.expressions()) {
            List<String> terms = new ArrayList<>();
            for (Term t : e.terms()) {
                terms.add("p.v" + attributes.indexOf(attributeIds.applyAsLong(t.attribute())) + " " + operator(t.comparison()) + " ?");
                params.add(t.value());
            }
            parts.add("(" + String.join(join(e.logic()), terms) + ")");
        }
        return new CriteriaSql("(" + String.join(join(criteria.logic()), parts) + ")", List.copyOf(params));
    }

    /** Agents matching any of the criteria: a queue's agents are those of its steps. */
    public static CriteriaSql any(List<Criteria> steps, ToLongFunction<String> attributeIds) {
        if (steps.isEmpty()) {
            return new CriteriaSql("(1 = 0)", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Criteria c : steps) {
            CriteriaSql sql = of(c, attributeIds);
            parts.add(sql.condition());
            params.addAll(sql.parameters());
        }
        return new CriteriaSql("(" + String.join(" or ", parts) + ")", List.copyOf(params));
    }

    public CriteriaSql and(CriteriaSql other) {
        List<Object> params = new ArrayList<>(parameters);
        params.addAll(other.parameters);
        return new CriteriaSql("(" + condition + " and " + other.condition + ")", List.copyOf(params));
    }

    public CriteriaSql negate() {
        return new CriteriaSql("(not " + condition + ")", parameters);
    }

    /** The SQL operator of a comparison (from the closed enum, never from input). */
    static String operator(Comparison c) {
        return switch (c) {
            case EQ -> "=";
            case NE -> "<>";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    private static String join(Logic logic) {
        return logic == Logic.AND ? " and " : " or ";
    }
}
