package org.ccadmin.agents.domain;

import static org.ccadmin.agents.domain.TestIds.booleanAttribute;
import static org.ccadmin.agents.domain.TestIds.proficiency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccadmin.skills.domain.criteria.Comparison;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.skills.domain.Attribute;
import org.junit.jupiter.api.Test;

class AttributeConditionTest {

    private static final Attribute SALES = booleanAttribute(11, "Sales");
    private static final Attribute ENGLISH = proficiency(12, "English");

    private static void assertRefused(String field, String code, InvalidInputException e) {
        assertRefused(field, code, e, "");
    }

    private static void assertRefused(String field, String code, InvalidInputException e, String context) {
        assertEquals(1, e.errors().size(), context + " " + e.errors());
        FieldError error = e.errors().get(0);
        assertEquals(field, error.field(), context);
        assertEquals(code, error.code(), context + " " + error.message());
    }

    // --- attribute name

    @Test
    void attributeNameIsTheTextBeforeTheOperator() {
        assertEquals("Sales", AttributeCondition.attributeName("attributes[0]", "Sales"));
        assertEquals("Sales", AttributeCondition.attributeName("attributes[0]", "Sales==true"));
        assertEquals("English", AttributeCondition.attributeName("attributes[0]", "English >= 7"));
        assertEquals("Lang.en_GB", AttributeCondition.attributeName("attributes[0]", "  Lang.en_GB<3  "));
    }

    // --- parse

    @Test
    void nameAloneMeansTheAgentHoldsTheAttribute() {
        assertEquals(new AttributeCondition(11, null, null), AttributeCondition.parse("a", "Sales", SALES));
    }

    @Test
    void booleanEqualsTrue() {
        assertEquals(new AttributeCondition(11, Comparison.EQ, 1), AttributeCondition.parse("a", "Sales==true", SALES));
    }

    @Test
    void booleanNotEqualsFalseWithSpaces() {
        assertEquals(new AttributeCondition(11, Comparison.NE, 0), AttributeCondition.parse("a", "Sales != false", SALES));
    }

    @Test
    void booleanValueIgnoresCase() {
        assertEquals(new AttributeCondition(11, Comparison.EQ, 1), AttributeCondition.parse("a", "Sales==TRUE", SALES));
    }

    @Test
    void proficiencyAtLeast() {
        assertEquals(new AttributeCondition(12, Comparison.GE, 7), AttributeCondition.parse("a", "English>=7", ENGLISH));
    }

    @Test
    void proficiencyBelow() {
        assertEquals(new AttributeCondition(12, Comparison.LT, 3), AttributeCondition.parse("a", "English<3", ENGLISH));
    }

    @Test
    void everyOperatorIsRecognised() {
        for (Comparison op : Comparison.values()) {
            AttributeCondition c = AttributeCondition.parse("a", "English" + op.symbol() + "5", ENGLISH);
            assertEquals(op, c.operator(), op.symbol());
            assertEquals(5, c.storedValue());
        }
    }

    @Test
    void booleanCannotBeComparedByOrder() {
        for (String op : List.of("<", "<=", ">", ">=")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> AttributeCondition.parse("attributes[1]", "Sales" + op + "true", SALES), op);
            assertRefused("attributes[1]", "invalidInput.operator", e);
            assertTrue(e.errors().get(0).message().contains("'Sales'"), e.errors().get(0).message());
        }
    }

    @Test
    void booleanValueMustBeTrueOrFalse() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AttributeCondition.parse("attributes[1]", "Sales==yes", SALES));
        assertRefused("attributes[1]", "invalidInput.booleanValue", e);
    }

    @Test
    void proficiencyValueOutOfRangeIsRefused() {
        for (String text : List.of("English>=11", "English<0", "English==x", "English>=-1")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> AttributeCondition.parse("attributes[2]", text, ENGLISH), text);
            assertRefused("attributes[2]", "invalidInput.outOfRange", e);
        }
    }

    @Test
    void malformedTextIsRefusedNamingTheField() {
        for (String text : new String[] {"", "   ", null, ">=7", "Eng lish>=7", "English=7", "English>=7 8", "Sales==", "English<", "English!=",
                "_English", "E" + "x".repeat(32)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> AttributeCondition.parse("attributes[3]", text, ENGLISH), "'" + text + "'");
            assertRefused("attributes[3]", "invalidInput.attributeCondition", e, "'" + text + "'");
            InvalidInputException n = assertThrows(InvalidInputException.class,
                    () -> AttributeCondition.attributeName("attributes[3]", text), "'" + text + "'");
            assertRefused("attributes[3]", "invalidInput.attributeCondition", n, "'" + text + "'");
        }
    }

    /** "English>=" has no value; it must not be read as English > "=". */
    @Test
    void twoCharacterOperatorWithoutAValueIsMalformed() {
        for (String text : List.of("English>=", "English<=")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> AttributeCondition.parse("attributes[4]", text, ENGLISH), "'" + text + "'");
            assertRefused("attributes[4]", "invalidInput.attributeCondition", e, "'" + text + "'");
        }
    }
}
