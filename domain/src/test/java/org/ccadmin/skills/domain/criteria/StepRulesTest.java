package org.ccadmin.skills.domain.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.skills.domain.AttributeType;
import org.junit.jupiter.api.Test;

class StepRulesTest {

    private static QueueStep step(String criteria) {
        return step(criteria, null, null);
    }

    private static QueueStep step(String criteria, Integer wait, String considerIf) {
        return new QueueStep(CriteriaText.parse("c", criteria, CriteriaTextTest.LOOKUP), wait,
                considerIf == null ? null : ConsiderIf.parse("k", considerIf, n -> OptionalInt.of(3)));
    }

    private static List<FieldError> problems(List<QueueStep> steps) {
        Violations v = new Violations();
        StepRules.check(steps, v);
        return v.errors();
    }

    @Test
    void aWellFormedQueuePasses() {
        assertEquals(List.of(), problems(List.of(step("English >= 8", 30, "PQ.Q.LoggedOn > 1"), step("English >= 5"))));
    }

    @Test
    void theLastStepHasNeitherWaitTimeNorConsiderIf() {
        List<FieldError> e = problems(List.of(step("English >= 8"), step("English >= 5", 30, "PQ.Q.LoggedOn > 1")));
        assertEquals(List.of("steps[1].waitTime", "steps[1].considerIf"), e.stream().map(FieldError::field).toList());
    }

    @Test
    void aZeroWaitOnTheLastStepIsTheSameAsNone() {
        assertEquals(List.of(), problems(List.of(step("English >= 8", 0, null))));
    }

    @Test
    void oneToTenStepsAndNegativeWaitsAreRefused() {
        assertEquals("steps", problems(List.of()).get(0).field());
        List<QueueStep> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(step("English >= 1"));
        }
        assertTrue(problems(eleven).stream().anyMatch(f -> f.code().equals("invalidInput.tooMany")));
        assertEquals("steps[0].waitTime", problems(List.of(step("English >= 8", -1, null), step("English >= 1"))).get(0).field());
    }

    @Test
    void atMostTenTermsPerStep() {
        String eleven = String.join(" OR ", java.util.Collections.nCopies(11, "English >= 3"));
        assertTrue(problems(List.of(step(eleven))).stream()
                .anyMatch(f -> f.field().equals("steps[0].criteria") && f.message().contains("at most 10 terms")));
    }

    @Test
    void atMostTenDistinctAttributesPerQueue() {
        var names = new ArrayList<String>();
        for (int i = 0; i < 11; i++) {
            names.add("A" + i);
        }
        AttributeLookup lookup = n -> Optional.of(new AttributeRef(n, AttributeType.PROFICIENCY));
        List<QueueStep> steps = names.stream().map(n -> new QueueStep(CriteriaText.parse("c", n + " >= 1", lookup), null, null)).toList();
        assertTrue(problems(steps).stream().anyMatch(f -> f.code().equals("invalidInput.tooManyAttributes")
                && f.message().contains("not 11")));
    }

    @Test
    void neverMatchingAndDuplicateStepsAreWarned() {
        List<StepWarning> w = StepRules.warnings(List.of(step("English > 8 AND English < 3"), step("Spanish >= 4 OR English >= 6"),
                step("English > 5 OR Spanish > 3")), CriteriaTextTest::type);
        assertEquals(List.of(StepWarning.NEVER_MATCHES, StepWarning.DUPLICATE), w.stream().map(StepWarning::code).toList());
        assertEquals(List.of(1, 3), w.stream().map(StepWarning::step).toList());
        assertTrue(w.get(1).message().contains("same agents as step 2"));
    }

    @Test
    void aStepWithFewerAgentsThanTheOneBeforeIsWarned() {
        List<StepWarning> w = StepRules.narrowing(List.of(10L, 12L, 7L, 7L));
        assertEquals(1, w.size());
        assertEquals(3, w.get(0).step());
        assertTrue(w.get(0).message().startsWith("Step 3 matches 7 agents, fewer than the 12 of step 2"));
    }
}
