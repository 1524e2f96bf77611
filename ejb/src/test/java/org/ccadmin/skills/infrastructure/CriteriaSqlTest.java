package org.ccadmin.skills.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.ccadmin.skills.domain.criteria.Comparison;
import org.ccadmin.skills.domain.criteria.Criteria;
import org.ccadmin.skills.domain.criteria.Expression;
import org.ccadmin.skills.domain.criteria.Logic;
import org.ccadmin.skills.domain.criteria.Term;
import org.junit.jupiter.api.Test;

class CriteriaSqlTest {

    @Test
    void termsBecomeBoundExistsClausesJoinedAsTheCriteriaSay() {
        Criteria c = new Criteria(List.of(
                new Expression(List.of(new Term("Sales", Comparison.EQ, 1), new Term("English", Comparison.GE, 7)), Logic.AND),
                new Expression(List.of(new Term("Spanish", Comparison.NE, 9)), Logic.AND)), Logic.OR);
        CriteriaSql sql = CriteriaSql.of(c, Map.of("Sales", 11L, "English", 12L, "Spanish", 13L)::get);
        String term = "exists (select 1 from agent_attribute aa where aa.agent_id = a.id and aa.attribute_id = ? and aa.attribute_value ";
        assertEquals("((" + term + "= ?) and " + term + ">= ?)) or (" + term + "<> ?)))", sql.condition());
        assertEquals(List.of(11L, 1, 12L, 7, 13L, 9), sql.parameters());
    }

    @Test
    void aQueuesAgentsAreThoseOfAnyStepAndScopesCombineWithTheirParameters() {
        Criteria english = Criteria.of(Expression.of(new Term("English", Comparison.GE, 7)));
        Criteria sales = Criteria.of(Expression.of(new Term("Sales", Comparison.EQ, 1)));
        Map<String, Long> ids = Map.of("Sales", 11L, "English", 12L);
        CriteriaSql any = CriteriaSql.any(List.of(english, sales), ids::get);
        String term = "exists (select 1 from agent_attribute aa where aa.agent_id = a.id and aa.attribute_id = ? and aa.attribute_value ";
        assertEquals("(((" + term + ">= ?))) or ((" + term + "= ?))))", any.condition());
        CriteriaSql newOnly = any.and(CriteriaSql.of(sales, ids::get).negate());
        assertEquals("(" + any.condition() + " and (not ((" + term + "= ?)))))", newOnly.condition());
        assertEquals(List.of(12L, 7, 11L, 1, 11L, 1), newOnly.parameters());
        assertEquals("(1 = 0)", CriteriaSql.any(List.of(), ids::get).condition());
    }
}
