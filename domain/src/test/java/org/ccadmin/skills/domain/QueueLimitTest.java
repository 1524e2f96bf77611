package org.ccadmin.skills.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.skills.domain.criteria.Comparison;
import org.ccadmin.skills.domain.criteria.Criteria;
import org.ccadmin.skills.domain.criteria.Expression;
import org.ccadmin.skills.domain.criteria.Logic;
import org.ccadmin.skills.domain.criteria.QueueCriteria;
import org.ccadmin.skills.domain.criteria.Term;
import org.junit.jupiter.api.Test;

class QueueLimitTest {

    private static Criteria english(int atLeast) {
        return Criteria.of(Expression.of(new Term("English", Comparison.GE, atLeast)));
    }

    /** {@code n} queues on English >= 1 (ids 1..n). */
    private static List<QueueCriteria> queues(int n) {
        List<QueueCriteria> out = new ArrayList<>();
        IntStream.rangeClosed(1, n).forEach(i -> out.add(new QueueCriteria(i, "Q" + i, List.of(english(1)))));
        return out;
    }

    @Test
    void aQueueMatchesWhenAnyStepMatchesAndCountsOnce() {
        QueueCriteria q = new QueueCriteria(7, "Q", List.of(english(9), english(5), english(1)));
        assertEquals(Set.of(7L), QueueLimit.matching(Map.of("english", 6), List.of(q)));
        assertEquals(Set.of(), QueueLimit.matching(Map.of("spanish", 6), List.of(q)));
    }

    @Test
    void heldValuesAreLookedUpIgnoringTheCaseOfTheAttributeName() {
        QueueCriteria q = new QueueCriteria(1, "Q", List.of(Criteria.of(Expression.of(new Term("Sales", Comparison.EQ, 1)))));
        assertTrue(q.matches(Map.of("sales", 1)));
        assertFalse(q.matches(Map.of("sales", 0)));
    }

    @Test
    void andAndOrAreEvaluatedAsInTheDatabase() {
        Expression both = new Expression(List.of(new Term("English", Comparison.GE, 7), new Term("Sales", Comparison.EQ, 1)), Logic.AND);
        Expression spanish = Expression.of(new Term("Spanish", Comparison.GT, 8));
        QueueCriteria q = new QueueCriteria(1, "Q", List.of(new Criteria(List.of(both, spanish), Logic.OR)));
        assertTrue(q.matches(Map.of("english", 7, "sales", 1)));
        assertFalse(q.matches(Map.of("english", 7)));
        assertTrue(q.matches(Map.of("spanish", 9)));
        QueueCriteria all = new QueueCriteria(2, "R", List.of(new Criteria(List.of(both, spanish), Logic.AND)));
        assertFalse(all.matches(Map.of("english", 7, "sales", 1)));
        assertTrue(all.matches(Map.of("english", 7, "sales", 1, "spanish", 10)));
    }

    @Test
    void anAgentMayBeMatchedByFiftyQueues() {
        assertEquals(50, QueueLimit.checkAgent("alice", Map.of(), Map.of("english", 3), queues(50)).size());
    }

    @Test
    void aChangeThatMatchesAnAgentWithAFiftyFirstQueueIsRefusedNamingIt() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> QueueLimit.checkAgent("alice", Map.of(), Map.of("english", 3), queues(51)));
        assertEquals(QueueLimit.CODE, e.code());
        assertTrue(e.getMessage().contains("agent alice matched by more than 50 precision queues"), e.getMessage());
    }

    @Test
    void aChangeThatLeavesAnAgentOverTheLimitWhereItWasIsNotRefused() {
        // Held before the rule existed, say: a value change that keeps the same queues changes nothing.
        assertEquals(Set.of(), QueueLimit.checkAgent("alice", Map.of("english", 3), Map.of("english", 4), queues(51)));
    }

    @Test
    void theQueuesWhoseMatchChangedAreAnswered() {
        List<QueueCriteria> qs = List.of(new QueueCriteria(1, "Low", List.of(english(1))),
                new QueueCriteria(2, "High", List.of(english(8))), new QueueCriteria(3, "Spanish",
                        List.of(Criteria.of(Expression.of(new Term("Spanish", Comparison.GE, 1))))));
        assertEquals(Set.of(2L), QueueLimit.checkAgent("bob", Map.of("english", 3, "spanish", 2),
                Map.of("english", 9, "spanish", 2), qs));
        assertEquals(Set.of(1L, 2L, 3L), QueueLimit.checkAgent("bob", Map.of("english", 9, "spanish", 2), Map.of(), qs));
    }

    @Test
    void aRefusalNamesTheFirstAgentsAndCountsTheRest() {
        ConflictException e = QueueLimit.refusal(List.of("a1", "a2", "a3", "a4", "a5", "a6"), 12);
        assertTrue(e.getMessage().contains("12 agents (a1, a2, a3, a4, a5 and 7 more) matched by more than 50"), e.getMessage());
        assertTrue(QueueLimit.refusal(List.of("a1", "a2"), 2).getMessage().contains("2 agents (a1, a2) matched"));
    }

    @Test
    void onlyGrowthPastFiftyPushesOver() {
        assertFalse(QueueLimit.pushesOver(49, 50));
        assertTrue(QueueLimit.pushesOver(50, 51));
        assertFalse(QueueLimit.pushesOver(52, 51));
        assertFalse(QueueLimit.pushesOver(51, 51));
    }
}
