package org.ccadmin.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NamesTest {

    private static List<FieldError> nameErrors(String name) {
        Violations v = new Violations();
        Names.checkName(v, "name", name);
        return v.errors();
    }

    private static void assertAccepted(String name) {
        assertEquals(List.of(), nameErrors(name), "name '" + name + "' should be accepted");
    }

    private static void assertRefusedWith(String name, String code) {
        List<FieldError> errors = nameErrors(name);
        assertEquals(1, errors.size(), "name '" + name + "' should give exactly one error: " + errors);
        assertEquals("name", errors.get(0).field());
        assertEquals(code, errors.get(0).code());
    }

    // --- accepted names

    @Test
    void singleLetterNameIsAccepted() {
        assertAccepted("a");
    }

    @Test
    void singleDigitNameIsAccepted() {
        assertAccepted("7");
    }

    @Test
    void nameOfExactly32CharactersIsAccepted() {
        assertAccepted("a".repeat(32));
    }

    @Test
    void nameMayMixUpperAndLowerCaseLettersAndDigits() {
        assertAccepted("Chat2Sales");
    }

    @Test
    void nameMayStartWithADigit() {
        assertAccepted("9lives");
    }

    @Test
    void nameMayContainDotsAndUnderscoresAfterTheFirstCharacter() {
        assertAccepted("sales.emea_2");
    }

    @Test
    void nameMayEndWithADotOrUnderscore() {
        assertAccepted("queue.");
        assertAccepted("queue_");
    }

    // --- refused names and their codes

    @Test
    void emptyNameIsRefusedAsRequired() {
        assertRefusedWith("", "invalidInput.fieldRequired");
    }

    @Test
    void nullNameIsRefusedAsRequired() {
        assertRefusedWith(null, "invalidInput.fieldRequired");
    }

    @Test
    void nameLongerThan32CharactersIsRefused() {
        assertRefusedWith("a".repeat(33), "invalidInput.fieldLengthExceeded");
    }

    @Test
    void nameStartingWithADotIsRefused() {
        assertRefusedWith(".sales", "invalidInput.invalidCharacters");
    }

    @Test
    void nameStartingWithAnUnderscoreIsRefused() {
        assertRefusedWith("_sales", "invalidInput.invalidCharacters");
    }

    @Test
    void nameWithASpaceIsRefused() {
        assertRefusedWith("sales team", "invalidInput.invalidCharacters");
    }

    @Test
    void nameWithLeadingOrTrailingSpaceIsRefused() {
        assertRefusedWith(" sales", "invalidInput.invalidCharacters");
        assertRefusedWith("sales ", "invalidInput.invalidCharacters");
    }

    @Test
    void blankNameIsRefused() {
        assertEquals(1, nameErrors("   ").size());
    }

    @Test
    void nameWithNonAsciiLetterIsRefused() {
        assertRefusedWith("café", "invalidInput.invalidCharacters");
    }

    @Test
    void nameWithAHyphenIsRefused() {
        assertRefusedWith("sales-emea", "invalidInput.invalidCharacters");
    }

    @Test
    void nameWithOtherPunctuationIsRefused() {
        assertRefusedWith("sales/emea", "invalidInput.invalidCharacters");
        assertRefusedWith("sales@emea", "invalidInput.invalidCharacters");
    }

    @Test
    void nameWithATrailingNewlineIsRefused() {
        assertRefusedWith("sales\n", "invalidInput.invalidCharacters");
    }

    @Test
    void nameErrorNamesTheGivenFieldInItsMessage() {
        Violations v = new Violations();
        Names.checkName(v, "displayName", "");
        FieldError error = v.errors().get(0);
        assertEquals("displayName", error.field());
        assertTrue(error.message().contains("displayName"), error.message());
    }

    @Test
    void tooLongNameMessageStatesTheLimit() {
        FieldError error = nameErrors("a".repeat(33)).get(0);
        assertTrue(error.message().contains("32"), error.message());
    }

    // --- descriptions

    @Test
    void descriptionOf255CharactersIsAccepted() {
        Violations v = new Violations();
        Names.checkDescription(v, "description", "d".repeat(255));
        assertTrue(v.isEmpty());
    }

    @Test
    void descriptionLongerThan255CharactersIsRefused() {
        Violations v = new Violations();
        Names.checkDescription(v, "description", "d".repeat(256));
        assertEquals(List.of("invalidInput.fieldLengthExceeded"), v.errors().stream().map(FieldError::code).toList());
        assertEquals("description", v.errors().get(0).field());
    }

    @Test
    void missingDescriptionIsAccepted() {
        Violations v = new Violations();
        Names.checkDescription(v, "description", null);
        assertTrue(v.isEmpty());
    }

    @Test
    void descriptionMayContainAnyCharacters() {
        Violations v = new Violations();
        Names.checkDescription(v, "description", "Ventes – région EMEA / 24×7 ✓");
        assertTrue(v.isEmpty());
    }

    @Test
    void blankDescriptionIsNormalizedToAbsent() {
        assertNull(Names.normalizeDescription(""));
        assertNull(Names.normalizeDescription("   "));
        assertNull(Names.normalizeDescription(null));
    }

    @Test
    void nonBlankDescriptionIsKeptAsGiven() {
        assertEquals("  Sales desk ", Names.normalizeDescription("  Sales desk "));
    }

    // --- keys

    @Test
    void keyLowerCasesTheName() {
        assertEquals("sales.emea_2", Names.key("Sales.EMEA_2"));
    }

    @Test
    void namesDifferingOnlyInCaseHaveTheSameKey() {
        assertEquals(Names.key("SALES"), Names.key("sales"));
    }

    @Test
    void keyOfNullIsNull() {
        assertNull(Names.key(null));
    }

    @Test
    void keyDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("title", Names.key("TITLE"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
