package org.ccadmin.skills.domain.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.skills.domain.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriteriaTextTest {

    static final Map<String, AttributeRef> ATTRIBUTES = Map.of(
            "sales", new AttributeRef("Sales", AttributeType.BOOLEAN),
            "english", new AttributeRef("English", AttributeType.PROFICIENCY),
            "spanish", new AttributeRef("Spanish", AttributeType.PROFICIENCY));
    static final AttributeLookup LOOKUP = name -> Optional.ofNullable(ATTRIBUTES.get(name.toLowerCase(Locale.ROOT)));

    static AttributeType type(String name) {
        return ATTRIBUTES.get(name.toLowerCase(Locale.ROOT)).type();
    }

    private static Criteria parse(String text) {
        return CriteriaText.parse("criteria", text, LOOKUP);
    }

    private static String problem(String text) {
        return assertThrows(InvalidInputException.class, () -> parse(text)).errors().get(0).message();
    }

    @Test
    void theIssueExampleIsTwoExpressionsJoinedByOr() {
        Criteria c = parse("(Sales == true AND English >= 7) OR Spanish >= 9");
        assertEquals(Logic.OR, c.logic());
        assertEquals(2, c.expressions().size());
        assertEquals(new Expression(java.util.List.of(new Term("Sales", Comparison.EQ, 1),
                new Term("English", Comparison.GE, 7)), Logic.AND), c.expressions().get(0));
        assertEquals(java.util.List.of(new Term("Spanish", Comparison.GE, 9)), c.expressions().get(1).terms());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(Sales == true AND English >= 7) OR Spanish >= 9|(Sales == true AND English >= 7) OR Spanish >= 9",
        "sales==TRUE && english>=7|Sales == true AND English >= 7",
        "English > 3 or Spanish < 5|English > 3 OR Spanish < 5",
        "(English > 3 OR Spanish < 5) AND (Sales != false)|(English > 3 OR Spanish < 5) AND Sales != false",
        "  Spanish==10  |Spanish == 10",
    })
    void textReadsBackToItsCanonicalForm(String text, String canonical) {
        Criteria c = parse(text);
        assertEquals(canonical, CriteriaText.format(c, CriteriaTextTest::type));
        assertEquals(c, parse(CriteriaText.format(c, CriteriaTextTest::type)), "the canonical text parses to the same criteria");
    }

    @Test
    void attributeNamesTakeTheirConfiguredSpelling() {
        assertEquals("English", parse("ENGLISH >= 2").terms().get(0).attribute());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "English >= 7 AND Spanish > 3 OR Sales == true|Column 30 ('OR'): AND and OR are mixed",
        "English >= |Column 11 (end of text): expected a value",
        "English 7|Column 9 ('7'): expected an operator",
        "English => 7|Column 9 ('=>'): not an operator",
        "(English >= 7|Column 14 (end of text): expected AND, OR or ')'",
        "English >= 7)|Column 13 (')'): ')' without a matching '('",
        "((English >= 7))|Column 2 ('('): expected an attribute name",
        "English >= 7 Spanish >= 2|Column 14 ('Spanish'): expected AND or OR",
        "English >= 7 # x|Column 14 ('#'): unexpected character",
        "|Column 1 (end of text): the criteria are empty",
    })
    void syntaxErrorsPointAtTheOffendingToken(String text, String start) {
        String message = problem(text);
        assertTrue(message.startsWith(start), message);
    }

    @Test
    void everyBadTermIsReportedAtOnceWithItsColumn() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> parse("French >= 7 OR Sales > true OR English == 11"));
        assertEquals(3, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().get(0).message().startsWith("Column 1 ('French >= 7'): No attribute named 'French'"));
        assertTrue(e.errors().get(1).message().contains("can only be compared with == or !="));
        assertTrue(e.errors().get(2).message().contains("must be a whole number from 1 to 10"));
        assertTrue(e.errors().stream().allMatch(f -> f.field().equals("criteria")));
    }

    @Test
    void booleanValuesMustBeTrueOrFalse() {
        assertTrue(problem("Sales == 1").contains("must be true or false"));
    }
}
