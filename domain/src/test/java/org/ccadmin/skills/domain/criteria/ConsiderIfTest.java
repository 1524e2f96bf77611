package org.ccadmin.skills.domain.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConsiderIfTest {

    private static final Map<String, Integer> QUEUES = Map.of("PQ1", 3, "Sales_Q", 1);
    private static final QueueLookup LOOKUP = name -> QUEUES.containsKey(name) ? OptionalInt.of(QUEUES.get(name)) : OptionalInt.empty();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PQ.PQ1.LoggedOn > 1",
        "CallType.CallType1.CallsRoutedToday > 100",
        "PQStep.PQ1.1.RouterAgentsLoggedIn > 1",
        "PQ.PQ1.Avail >= 2 AND NOT (PQ.Sales_Q.CallsQNow > 10 OR PQStep.PQ1.3.RouterCallsQNow - 2 * 3 < 0)",
        "Call.PeripheralVariable1 == \"gold\" or PQ.PQ1.LongestCallQ / 60 > 1.5",
        "!(PQ.PQ1.Ready = 0)",
    })
    void theVocabularyIsAccepted(String text) {
        assertEquals(text, ConsiderIf.parse("considerIf", text, LOOKUP).text());
    }

    @Test
    void symbolicLogicalOperatorsAreAccepted() {
        String text = "PQ.PQ1.Avail > 0 && (PQ.PQ1.Ready > 1 || PQ.Sales_Q.LoggedOn <> 0)";
        assertEquals(text, ConsiderIf.parse("considerIf", text, LOOKUP).text());
    }

    @Test
    void referencedQueuesAreCollected() {
        assertEquals(Set.of("PQ1", "Sales_Q"), ConsiderIf.parse("considerIf",
                "PQ.PQ1.LoggedOn > 1 AND PQStep.Sales_Q.1.RouterAgentsAvail > 0", LOOKUP).referencedQueues());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PQ.Nope.LoggedOn > 1|Column 1 ('PQ.Nope.LoggedOn'): no precision queue named 'Nope' exists",
        "PQ.pq1.LoggedOn > 1|no precision queue named 'pq1'",
        "PQStep.PQ1.4.RouterAgentsLoggedIn > 1|queue PQ1 has steps 1 to 3, not '4'",
        "PQ.PQ1.LoggedIn > 1|unknown statistic 'LoggedIn'",
        "Skill.X.LoggedOn > 1|unknown object",
        "PQ.PQ1.LoggedOn|must be a condition",
        "PQ.PQ1.LoggedOn > 1 AND 3|Column 21 ('AND'): AND joins conditions",
        "PQ.PQ1.LoggedOn > 1 > 2|comparisons cannot be chained",
        "(PQ.PQ1.LoggedOn > 1|Column 21 (end of formula): expected ')'",
        "PQ.PQ1.LoggedOn > 1)|Column 20 (')'): expected an operator or the end",
        "Call.PeripheralVariable1 > 3|text can only be compared with == or !=",
        "PQ.PQ1.LoggedOn > 1 # 2|Column 21 ('#'): unexpected character",
        "PQ.PQ1.LoggedOn > \"x|is not closed",
        "NOT 3|NOT applies to a condition",
        "|is empty",
    })
    void mistakesAreRefusedAtTheirToken(String text, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ConsiderIf.parse("steps[0].considerIf", text, LOOKUP));
        assertEquals("steps[0].considerIf", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains(expected), e.errors().get(0).message());
    }
}
