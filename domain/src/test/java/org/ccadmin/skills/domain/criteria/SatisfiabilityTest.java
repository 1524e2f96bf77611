package org.ccadmin.skills.domain.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SatisfiabilityTest {

    private static Criteria parse(String text) {
        return CriteriaText.parse("criteria", text, CriteriaTextTest.LOOKUP);
    }

    private static java.util.Optional<String> never(String text) {
        return Satisfiability.neverMatches(parse(text), CriteriaTextTest::type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "English > 8 AND English < 3|English > 8 AND English < 3 contradict each other",
        "English > 10|English > 10 is outside the attribute's values",
        "English < 1 OR Spanish > 10|English < 1 is outside the attribute's values; Spanish > 10 is outside",
        "Sales == true AND Sales == false|Sales == true AND Sales == false contradict each other",
        "(English > 8 OR Spanish > 8) AND English < 2 AND Spanish < 2|This step",
    })
    void contradictionsAreExplained(String text, String expected) {
        String reason = never(text).orElseThrow();
        assertTrue(reason.contains(expected), reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "English > 8 OR English < 3",
        "English >= 10",
        "English <= 1",
        "(English > 8 AND English < 3) OR Spanish == 4",
        "Sales != true",
        "English != 5 AND English >= 5",
    })
    void satisfiableCriteriaAreNotFlagged(String text) {
        assertEquals(java.util.Optional.empty(), never(text));
    }

    @Test
    void theSameConjunctionsInAnotherOrderOrSpellingAreTheSameStep() {
        var types = (java.util.function.Function<String, org.ccadmin.skills.domain.AttributeType>) CriteriaTextTest::type;
        assertEquals(Satisfiability.canonical(parse("(Sales == true AND English >= 7) OR Spanish >= 9"), types),
                Satisfiability.canonical(parse("Spanish > 8 OR (English > 6 AND Sales != false)"), types));
        assertNotEquals(Satisfiability.canonical(parse("English >= 7"), types),
                Satisfiability.canonical(parse("English >= 8"), types));
    }

    @Test
    void theNormalFormSelectsExactlyWhatTheCriteriaSelect() {
        Random random = new Random(42);
        List<String> texts = List.of("(Sales == true AND English >= 7) OR Spanish >= 9",
                "(English > 3 OR Spanish < 5) AND (Sales != false OR English == 2)",
                "English != 4 AND Spanish <= 6 AND Sales == false");
        for (String text : texts) {
            Criteria c = parse(text);
            List<List<Term>> dnf = Satisfiability.disjunctiveForm(c);
            for (int i = 0; i < 2000; i++) {
                Map<String, Integer> held = new HashMap<>();
                if (random.nextBoolean()) held.put("Sales", random.nextInt(2));
                if (random.nextInt(4) > 0) held.put("English", 1 + random.nextInt(10));
                if (random.nextInt(4) > 0) held.put("Spanish", 1 + random.nextInt(10));
                boolean byDnf = dnf.stream().anyMatch(conj -> conj.stream()
                        .allMatch(t -> held.get(t.attribute()) != null && t.matches(held.get(t.attribute()))));
                assertEquals(c.matches(held::get), byDnf, text + " with " + held);
            }
        }
    }
}
