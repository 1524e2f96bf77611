package org.ccadmin.skills.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttributeTest {

    // --- helpers

    private static Attribute booleanAttribute(String name, Object defaultValue) {
        return Attribute.create(new AttributeDraft(name, null, AttributeType.BOOLEAN, defaultValue));
    }

    private static Attribute proficiency(String name, Object defaultValue) {
        return Attribute.create(new AttributeDraft(name, null, AttributeType.PROFICIENCY, defaultValue));
    }

    private static FieldError onlyError(InvalidInputException e) {
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }

    private static void assertRefused(String field, String code, InvalidInputException e) {
        FieldError error = onlyError(e);
        assertEquals(field, error.field());
        assertEquals(code, error.code());
        assertTrue(error.message().startsWith(field + " "), error.message());
    }

    // --- creation and defaults

    @Test
    void booleanAttributeDefaultsToFalse() {
        Attribute a = booleanAttribute("Sales", null);
        assertEquals(AttributeType.BOOLEAN, a.type());
        assertEquals(0, a.defaultValue());
        assertEquals(false, a.presentDefault());
    }

    @Test
    void proficiencyAttributeDefaultsToOne() {
        Attribute a = proficiency("English", null);
        assertEquals(AttributeType.PROFICIENCY, a.type());
        assertEquals(1, a.defaultValue());
        assertEquals(1, a.presentDefault());
    }

    @Test
    void newAttributeKeepsNameAndDescription() {
        Attribute a = Attribute.create(new AttributeDraft("Sales.EMEA", "Sells in Europe", AttributeType.BOOLEAN, null));
        assertEquals("Sales.EMEA", a.name());
        assertEquals("Sells in Europe", a.description());
        assertNull(a.id());
        assertEquals(0, a.changeStamp());
    }

    @Test
    void blankDescriptionIsStoredAsAbsent() {
        Attribute a = Attribute.create(new AttributeDraft("Sales", "   ", AttributeType.BOOLEAN, null));
        assertNull(a.description());
    }

    @Test
    void booleanDefaultMayBeGivenAsBoolean() {
        assertEquals(1, booleanAttribute("Sales", true).defaultValue());
        assertEquals(0, booleanAttribute("Sales", false).defaultValue());
    }

    @Test
    void booleanDefaultMayBeGivenAsText() {
        assertEquals(1, booleanAttribute("Sales", "true").defaultValue());
        assertEquals(0, booleanAttribute("Sales", "false").defaultValue());
        assertEquals(1, booleanAttribute("Sales", " TRUE ").defaultValue());
    }

    @Test
    void proficiencyDefaultMayBeGivenAsInteger() {
        assertEquals(7, proficiency("English", 7).defaultValue());
    }

    @Test
    void proficiencyDefaultMayBeGivenAsText() {
        assertEquals(7, proficiency("English", "7").defaultValue());
        assertEquals(10, proficiency("English", " 10 ").defaultValue());
    }

    @Test
    void proficiencyDefaultAcceptsOneAndTen() {
        assertEquals(1, proficiency("English", 1).defaultValue());
        assertEquals(10, proficiency("English", 10).defaultValue());
    }

    @Test
    void proficiencyDefaultRefusesValuesOutsideOneToTen() {
        for (Object raw : List.of(0, 11, -1, "0", "11", "x", "", true)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> proficiency("English", raw),
                    "proficiency default " + raw + " should be refused");
            assertRefused("defaultValue", "invalidInput.outOfRange", e);
        }
    }

    @Test
    void booleanDefaultRefusesAnythingButTrueOrFalse() {
        for (Object raw : List.of(1, 0, "yes", "1", "", 7)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> booleanAttribute("Sales", raw),
                    "boolean default " + raw + " should be refused");
            assertRefused("defaultValue", "invalidInput.booleanValue", e);
        }
    }

    @Test
    void typeIsRequired() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Attribute.create(new AttributeDraft("Sales", null, null, null)));
        FieldError error = onlyError(e);
        assertEquals("type", error.field());
        assertEquals("invalidInput.fieldRequired", error.code());
    }

    // --- name rule

    @Test
    void nameIsRequired() {
        for (String name : new String[] {null, ""}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> booleanAttribute(name, null));
            assertRefused("name", "invalidInput.fieldRequired", e);
        }
    }

    @Test
    void nameWithInvalidCharactersIsRefused() {
        for (String name : List.of("Sales EMEA", "_Sales", ".Sales", "Sales-EMEA", "Vente\u00e9")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> booleanAttribute(name, null),
                    "name '" + name + "' should be refused");
            assertRefused("name", "invalidInput.invalidCharacters", e);
        }
    }

    @Test
    void nameLongerThan32CharactersIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> booleanAttribute("a".repeat(33), null));
        assertRefused("name", "invalidInput.fieldLengthExceeded", e);
    }

    @Test
    void nameOf32CharactersIsAccepted() {
        assertDoesNotThrow(() -> booleanAttribute("a".repeat(32), null));
    }

    @Test
    void descriptionLongerThan255CharactersIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Attribute.create(new AttributeDraft("Sales", "d".repeat(256), AttributeType.BOOLEAN, null)));
        assertRefused("description", "invalidInput.fieldLengthExceeded", e);
    }

    // --- value in and out

    @Test
    void booleanValueRoundTrips() {
        Attribute a = booleanAttribute("Sales", null);
        assertEquals(true, a.present(a.value("v", true)));
        assertEquals(false, a.present(a.value("v", false)));
        assertEquals(true, a.present(a.value("v", "true")));
        assertEquals(false, a.present(a.value("v", "False")));
    }

    @Test
    void booleanValueIsStoredAsZeroOrOne() {
        Attribute a = booleanAttribute("Sales", null);
        assertEquals(1, a.value("v", true));
        assertEquals(0, a.value("v", false));
    }

    @Test
    void proficiencyValueRoundTrips() {
        Attribute a = proficiency("English", null);
        for (int level = 1; level <= 10; level++) {
            assertEquals(level, a.present(a.value("v", level)));
            assertEquals(level, a.present(a.value("v", String.valueOf(level))));
        }
    }

    @Test
    void presentedBooleanIsABoolean() {
        assertTrue(booleanAttribute("Sales", null).present(1) instanceof Boolean);
    }

    @Test
    void presentedProficiencyIsAnInteger() {
        assertTrue(proficiency("English", null).present(4) instanceof Integer);
    }

    @Test
    void refusedValueNamesTheFieldPassedIn() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> proficiency("English", null).value("attributes[2].value", 11));
        assertRefused("attributes[2].value", "invalidInput.outOfRange", e);
        InvalidInputException b = assertThrows(InvalidInputException.class,
                () -> booleanAttribute("Sales", null).value("attributes[0].value", "yes"));
        assertRefused("attributes[0].value", "invalidInput.booleanValue", b);
    }

    @Test
    void nullValueIsRefused() {
        assertRefused("v", "invalidInput.booleanValue",
                assertThrows(InvalidInputException.class, () -> booleanAttribute("Sales", null).value("v", null)));
        assertRefused("v", "invalidInput.outOfRange",
                assertThrows(InvalidInputException.class, () -> proficiency("English", null).value("v", null)));
    }

    // --- revise

    @Test
    void reviseKeepsWhatIsNotGiven() {
        Attribute a = Attribute.create(new AttributeDraft("English", "Speaks English", AttributeType.PROFICIENCY, 5));
        a.revise(new AttributeDraft(null, null, null, null), true);
        assertEquals("English", a.name());
        assertEquals("Speaks English", a.description());
        assertEquals(AttributeType.PROFICIENCY, a.type());
        assertEquals(5, a.defaultValue());
    }

    @Test
    void reviseChangesWhatIsGiven() {
        Attribute a = Attribute.create(new AttributeDraft("English", "Speaks English", AttributeType.PROFICIENCY, 5));
        a.revise(new AttributeDraft("English.UK", "British English", null, "8"), true);
        assertEquals("English.UK", a.name());
        assertEquals("British English", a.description());
        assertEquals(8, a.defaultValue());
    }

    @Test
    void reviseWithBlankDescriptionClearsIt() {
        Attribute a = Attribute.create(new AttributeDraft("English", "Speaks English", AttributeType.PROFICIENCY, 5));
        a.revise(new AttributeDraft(null, "", null, null), false);
        assertNull(a.description());
    }

    @Test
    void reviseAppliesTheNameRule() {
        Attribute a = proficiency("English", null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> a.revise(new AttributeDraft("Eng lish", null, null, null), false));
        assertRefused("name", "invalidInput.invalidCharacters", e);
        assertEquals("English", a.name());
    }

    @Test
    void reviseRefusesADefaultThatDoesNotFitTheType() {
        Attribute a = proficiency("English", 5);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> a.revise(new AttributeDraft(null, null, null, 11), false));
        assertRefused("defaultValue", "invalidInput.outOfRange", e);
        assertEquals(5, a.defaultValue());
    }

    @Test
    void typeCannotChangeWhileAgentsHoldTheAttribute() {
        Attribute a = booleanAttribute("Sales", true);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> a.revise(new AttributeDraft(null, null, AttributeType.PROFICIENCY, null), true));
        FieldError error = onlyError(e);
        assertEquals("type", error.field());
        assertEquals("invalidInput.typeFixed", error.code());
        assertTrue(error.message().contains("'Sales'"), error.message());
        assertEquals(AttributeType.BOOLEAN, a.type());
        assertEquals(1, a.defaultValue());
    }

    @Test
    void sameTypeIsAcceptedWhileAgentsHoldTheAttribute() {
        Attribute a = booleanAttribute("Sales", true);
        assertDoesNotThrow(() -> a.revise(new AttributeDraft(null, null, AttributeType.BOOLEAN, null), true));
        assertEquals(AttributeType.BOOLEAN, a.type());
        assertEquals(1, a.defaultValue());
    }

    @Test
    void typeChangeWhenNotHeldResetsDefaultToProficiencyLowest() {
        Attribute a = booleanAttribute("Sales", true);
        a.revise(new AttributeDraft(null, null, AttributeType.PROFICIENCY, null), false);
        assertEquals(AttributeType.PROFICIENCY, a.type());
        assertEquals(1, a.defaultValue());
        assertEquals(1, a.presentDefault());
    }

    @Test
    void typeChangeWhenNotHeldResetsDefaultToFalse() {
        Attribute a = proficiency("English", 9);
        a.revise(new AttributeDraft(null, null, AttributeType.BOOLEAN, null), false);
        assertEquals(AttributeType.BOOLEAN, a.type());
        assertEquals(0, a.defaultValue());
        assertEquals(false, a.presentDefault());
    }

    @Test
    void typeChangeTakesAGivenDefaultOfTheNewType() {
        Attribute a = booleanAttribute("Sales", false);
        a.revise(new AttributeDraft(null, null, AttributeType.PROFICIENCY, "6"), false);
        assertEquals(AttributeType.PROFICIENCY, a.type());
        assertEquals(6, a.defaultValue());
    }

    @Test
    void typeChangeRefusesADefaultOfTheOldType() {
        Attribute a = booleanAttribute("Sales", false);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> a.revise(new AttributeDraft(null, null, AttributeType.PROFICIENCY, true), false));
        assertRefused("defaultValue", "invalidInput.outOfRange", e);
        assertEquals(AttributeType.BOOLEAN, a.type());
    }

    // --- audit

    @Test
    void auditStateNamesEveryRecordedField() {
        Attribute a = Attribute.create(new AttributeDraft("English", "Speaks English", AttributeType.PROFICIENCY, 7));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "English");
        expected.put("description", "Speaks English");
        expected.put("type", "proficiency");
        expected.put("defaultValue", 7);
        assertEquals(expected, a.auditState());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(a.auditState().keySet()));
    }

    @Test
    void auditStatePresentsABooleanDefaultAsBoolean() {
        Map<String, Object> s = booleanAttribute("Sales", "true").auditState();
        assertEquals("boolean", s.get("type"));
        assertEquals(true, s.get("defaultValue"));
    }

    @Test
    void auditIdentity() {
        Attribute a = booleanAttribute("Sales", null);
        assertEquals("attribute", a.auditType());
        assertEquals("Sales", a.auditName());
        assertNull(a.auditId());
    }
}
