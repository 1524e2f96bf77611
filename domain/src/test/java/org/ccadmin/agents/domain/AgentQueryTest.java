package org.ccadmin.agents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccadmin.skills.domain.criteria.Comparison;
import org.junit.jupiter.api.Test;

class AgentQueryTest {

    @Test
    void nullTeamsAndAttributesBecomeEmpty() {
        AgentQuery q = new AgentQuery("x", null, null, null);
        assertEquals(Set.of(), q.teamIds());
        assertEquals(List.of(), q.attributes());
    }

    @Test
    void blankTextBecomesNull() {
        assertNull(new AgentQuery(null, null, null, null).text());
        assertNull(new AgentQuery("", null, null, null).text());
        assertNull(new AgentQuery("   ", null, null, null).text());
    }

    @Test
    void textIsStripped() {
        assertEquals("jdoe", new AgentQuery("  jdoe ", null, null, null).text());
    }

    @Test
    void supervisorFilterIsKept() {
        assertNull(new AgentQuery(null, null, null, null).supervisor());
        assertEquals(true, new AgentQuery(null, null, null, true).supervisor());
        assertEquals(false, new AgentQuery(null, null, null, false).supervisor());
    }

    @Test
    void givenCriteriaAreCopied() {
        Set<Long> teams = new HashSet<>(Set.of(1L, 2L));
        List<AttributeCondition> conditions = new ArrayList<>(List.of(new AttributeCondition(5, Comparison.GE, 7)));
        AgentQuery q = new AgentQuery(null, teams, conditions, null);
        teams.add(3L);
        conditions.clear();
        assertEquals(Set.of(1L, 2L), q.teamIds());
        assertEquals(List.of(new AttributeCondition(5, Comparison.GE, 7)), q.attributes());
        assertThrows(UnsupportedOperationException.class, () -> q.teamIds().add(4L));
    }

    @Test
    void allMatchesEveryAgent() {
        AgentQuery q = AgentQuery.all();
        assertNull(q.text());
        assertTrue(q.teamIds().isEmpty());
        assertTrue(q.attributes().isEmpty());
        assertNull(q.supervisor());
    }
}
