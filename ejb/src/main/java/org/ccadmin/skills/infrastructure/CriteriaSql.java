package org.ccadmin.skills.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
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
                        + " and aa.attribute_value " + t.comparison().symbol().replace("==", "=").replace("!=", "<>") + " ?)");
                params.add(attributeIds.applyAsLong(t.attribute()));
                params.add(t.value());
            }
            parts.add("(" + String.join(join(e.logic()), terms) + ")");
        }
        return new CriteriaSql("(" + String.join(join(criteria.logic()), parts) + ")", List.copyOf(params));
    }

    private static String join(Logic logic) {
        return logic == Logic.AND ? " and " : " or ";
    }
}
