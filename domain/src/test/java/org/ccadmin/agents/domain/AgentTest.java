package org.ccadmin.agents.domain;

import static org.ccadmin.agents.domain.TestIds.booleanAttribute;
import static org.ccadmin.agents.domain.TestIds.proficiency;
import static org.ccadmin.agents.domain.TestIds.withId;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.skills.domain.Attribute;
import org.junit.jupiter.api.Test;

class AgentTest {

    private static final String GENERATED = "5000";

    // --- helpers

    private static AgentDraft draft(String agentId, String userName) {
        return new AgentDraft(agentId, userName, null, null, null, null, null, null, null, null);
    }

    private static AgentDraft names(String userName, String firstName, String lastName, String description) {
        return new AgentDraft(null, userName, firstName, lastName, description, null, null, null, null, null);
    }

    private static AgentDraft password(String userName, char[] password) {
        return new AgentDraft(null, userName, null, null, null, password, null, null, null, null);
    }

    private static AgentDraft flags(Boolean loginEnabled, Boolean ssoEnabled, Boolean agentStateTrace, Boolean supervisor) {
        return new AgentDraft(null, null, null, null, null, null, loginEnabled, ssoEnabled, agentStateTrace, supervisor);
    }

    private static final AgentDraft NOTHING = new AgentDraft(null, null, null, null, null, null, null, null, null, null);

    private static Agent jdoe() {
        return Agent.create(draft("1001", "jdoe"), GENERATED);
    }

    private static AgentTeam team(long id, String name) {
        return withId(AgentTeam.create(name, null), id);
    }

    private static List<Attribute> attributes(int count) {
        List<Attribute> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(booleanAttribute(i, "Attr" + i));
        }
        return list;
    }

    private static FieldError onlyError(InvalidInputException e) {
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }

    private static void assertRefused(String field, String code, InvalidInputException e) {
        FieldError error = onlyError(e);
        assertEquals(field, error.field());
        assertEquals(code, error.code());
    }

    private static String storedHash(Agent a) {
        try {
            Field f = Agent.class.getDeclaredField("passwordHash");
            f.setAccessible(true);
            return (String) f.get(a);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<Long, Object> values(Agent a) {
        Map<Long, Object> m = new LinkedHashMap<>();
        a.attributes().forEach(v -> m.put(v.attribute().id(), v.presentedValue()));
        return m;
    }

    // --- agent ID

    @Test
    void newAgentTakesTheGivenAgentId() {
        Agent a = Agent.create(draft("1001", "jdoe"), GENERATED);
        assertEquals("1001", a.agentId());
        assertEquals("jdoe", a.userName());
        assertNull(a.id());
    }

    @Test
    void givenAgentIdIsStripped() {
        assertEquals("1001", Agent.create(draft(" 1001 ", "jdoe"), GENERATED).agentId());
    }

    @Test
    void blankAgentIdTakesTheGeneratedOne() {
        for (String blank : new String[] {null, "", "   "}) {
            assertEquals(GENERATED, Agent.create(draft(blank, "jdoe"), GENERATED).agentId(), "agentId '" + blank + "'");
        }
    }

    @Test
    void agentIdAcceptsOneToElevenDigits() {
        assertEquals("7", Agent.create(draft("7", "jdoe"), GENERATED).agentId());
        assertEquals("12345678901", Agent.create(draft("12345678901", "jdoe"), GENERATED).agentId());
        assertEquals("00042", Agent.create(draft("00042", "jdoe"), GENERATED).agentId());
    }

    @Test
    void agentIdRefusesTwelveDigitsAndAnythingButDigits() {
        for (String bad : List.of("123456789012", "abc", "12a", "-1", "1.5", "1 2", "\u0661\u0662")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Agent.create(draft(bad, "jdoe"), GENERATED), "agentId '" + bad + "' should be refused");
            assertRefused("agentId", "invalidInput.agentId", e);
        }
    }

    @Test
    void blankAgentIdWithoutAGeneratedOneIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Agent.create(draft("", "jdoe"), null));
        assertRefused("agentId", "invalidInput.agentId", e);
    }

    @Test
    void agentIdCannotChangeOnRevise() {
        Agent a = jdoe();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.revise(draft("1002", null)));
        assertRefused("agentId", "invalidInput.immutable", e);
        assertEquals("1001", a.agentId());
    }

    @Test
    void sameAgentIdIsAcceptedOnRevise() {
        Agent a = jdoe();
        assertDoesNotThrow(() -> a.revise(draft("1001", "john")));
        assertDoesNotThrow(() -> a.revise(draft(" 1001 ", null)));
        assertEquals("1001", a.agentId());
        assertEquals("john", a.userName());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Agent.create(new AgentDraft("x", "a b", "f".repeat(33), null, null, null, null, null, null, null), GENERATED));
        assertEquals(List.of("agentId", "userName", "firstName"), e.errors().stream().map(FieldError::field).toList());
    }

    // --- user name

    @Test
    void userNameIsRequired() {
        for (String missing : new String[] {null, ""}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Agent.create(draft("1", missing), GENERATED));
            assertRefused("userName", "invalidInput.fieldRequired", e);
        }
    }

    @Test
    void userNameRefusesForbiddenCharacters() {
        for (char c : "\"/\\[]:;|=,+*?<>#% \t\u00e9\u007f".toCharArray()) {
            String name = "john" + c + "doe";
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Agent.create(draft("1", name), GENERATED),
                    "userName with '" + c + "' (" + (int) c + ") should be refused");
            assertRefused("userName", "invalidInput.userName", e);
        }
    }

    @Test
    void userNameRefusesMoreThan255Characters() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Agent.create(draft("1", "u".repeat(256)), GENERATED));
        assertRefused("userName", "invalidInput.userName", e);
    }

    @Test
    void userNameAccepts255Characters() {
        assertEquals(255, Agent.create(draft("1", "u".repeat(255)), GENERATED).userName().length());
    }

    @Test
    void userNameAcceptsTheAllowedAsciiCharacters() {
        for (String name : List.of("john.doe@example.com", "a_b-c", "X", "!$&'(){}~^`", "Jane.Doe-2")) {
            assertEquals(name, assertDoesNotThrow(() -> Agent.create(draft("1", name), GENERATED),
                    "userName '" + name + "' should be accepted").userName());
        }
    }

    @Test
    void reviseAppliesTheUserNameRule() {
        Agent a = jdoe();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.revise(draft(null, "john doe")));
        assertRefused("userName", "invalidInput.userName", e);
        assertEquals("jdoe", a.userName());
    }

    // --- names and description

    @Test
    void firstAndLastNameAcceptUpTo32Characters() {
        Agent a = Agent.create(names("jdoe", "f".repeat(32), "l".repeat(32), null), GENERATED);
        assertEquals(32, a.firstName().length());
        assertEquals(32, a.lastName().length());
    }

    @Test
    void firstNameLongerThan32CharactersIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Agent.create(names("jdoe", "f".repeat(33), null, null), GENERATED));
        assertRefused("firstName", "invalidInput.fieldLengthExceeded", e);
    }

    @Test
    void lastNameLongerThan32CharactersIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Agent.create(names("jdoe", null, "l".repeat(33), null), GENERATED));
        assertRefused("lastName", "invalidInput.fieldLengthExceeded", e);
    }

    @Test
    void descriptionAcceptsUpTo255Characters() {
        assertEquals(255, Agent.create(names("jdoe", null, null, "d".repeat(255)), GENERATED).description().length());
    }

    @Test
    void descriptionLongerThan255CharactersIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Agent.create(names("jdoe", null, null, "d".repeat(256)), GENERATED));
        assertRefused("description", "invalidInput.fieldLengthExceeded", e);
    }

    @Test
    void blankNamesAndDescriptionAreStoredAsAbsent() {
        Agent a = Agent.create(names("jdoe", " ", "", "  "), GENERATED);
        assertNull(a.firstName());
        assertNull(a.lastName());
        assertNull(a.description());
    }

    // --- password

    @Test
    void passwordIsHashed() {
        Agent a = Agent.create(password("jdoe", "s3cret!".toCharArray()), GENERATED);
        assertTrue(a.hasPassword());
        String hash = storedHash(a);
        assertNotNull(hash);
        assertFalse(hash.contains("s3cret!"), hash);
        assertTrue(hash.startsWith("pbkdf2-sha512$"), hash);
    }

    @Test
    void auditStateNeverContainsThePasswordOrItsHash() {
        Agent a = Agent.create(password("jdoe", "s3cret!".toCharArray()), GENERATED);
        String hash = storedHash(a);
        Map<String, Object> s = a.auditState();
        assertEquals(true, s.get("passwordSet"));
        for (var e : s.entrySet()) {
            assertTrue(e.getKey().equals("passwordSet") || !e.getKey().toLowerCase().contains("password"), e.getKey());
            String value = String.valueOf(e.getValue());
            assertFalse(value.contains("s3cret!"), e.getKey());
            assertFalse(value.contains(hash), e.getKey());
        }
    }

    @Test
    void agentWithoutPasswordHasNone() {
        Agent a = jdoe();
        assertFalse(a.hasPassword());
        assertEquals(false, a.auditState().get("passwordSet"));
    }

    @Test
    void passwordOf256PrintableAsciiCharactersIsAccepted() {
        char[] pw = new char[256];
        for (int i = 0; i < pw.length; i++) {
            pw[i] = (char) (32 + i % 95);
        }
        assertTrue(Agent.create(password("jdoe", pw), GENERATED).hasPassword());
    }

    @Test
    void passwordLongerThan256CharactersIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Agent.create(password("jdoe", "p".repeat(257).toCharArray()), GENERATED));
        assertRefused("password", "invalidInput.password", e);
    }

    @Test
    void passwordWithNonAsciiOrControlCharactersIsRefused() {
        for (String pw : List.of("caf\u00e9", "tab\there", "line\n", "\u20ac100")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Agent.create(password("jdoe", pw.toCharArray()), GENERATED), "password '" + pw + "'");
            assertRefused("password", "invalidInput.password", e);
        }
    }

    @Test
    void reviseWithoutPasswordKeepsIt() {
        Agent a = Agent.create(password("jdoe", "s3cret!".toCharArray()), GENERATED);
        String hash = storedHash(a);
        a.revise(draft(null, "john"));
        assertTrue(a.hasPassword());
        assertEquals(hash, storedHash(a));
    }

    @Test
    void reviseWithEmptyPasswordClearsIt() {
        Agent a = Agent.create(password("jdoe", "s3cret!".toCharArray()), GENERATED);
        a.revise(password(null, new char[0]));
        assertFalse(a.hasPassword());
    }

    // --- flags and revise

    @Test
    void newAgentTakesDefaultsForFlagsNotGiven() {
        Agent a = jdoe();
        assertTrue(a.loginEnabled());
        assertFalse(a.ssoEnabled());
        assertFalse(a.agentStateTrace());
        assertFalse(a.supervisor());
        assertNull(a.team());
        assertTrue(a.attributes().isEmpty());
    }

    @Test
    void newAgentTakesEveryGivenFlag() {
        Agent a = Agent.create(new AgentDraft("1", "jdoe", null, null, null, null, false, true, true, true), GENERATED);
        assertFalse(a.loginEnabled());
        assertTrue(a.ssoEnabled());
        assertTrue(a.agentStateTrace());
        assertTrue(a.supervisor());
    }

    @Test
    void reviseKeepsWhatIsNotGiven() {
        Agent a = Agent.create(new AgentDraft("1001", "jdoe", "John", "Doe", "Night shift", null, false, true, true, true),
                GENERATED);
        a.revise(NOTHING);
        assertEquals("1001", a.agentId());
        assertEquals("jdoe", a.userName());
        assertEquals("John", a.firstName());
        assertEquals("Doe", a.lastName());
        assertEquals("Night shift", a.description());
        assertFalse(a.loginEnabled());
        assertTrue(a.ssoEnabled());
        assertTrue(a.agentStateTrace());
        assertTrue(a.supervisor());
    }

    @Test
    void reviseChangesWhatIsGiven() {
        Agent a = Agent.create(names("jdoe", "John", "Doe", "Night shift"), GENERATED);
        a.revise(names("john.doe", "Johnny", null, ""));
        a.revise(flags(false, null, null, true));
        assertEquals("john.doe", a.userName());
        assertEquals("Johnny", a.firstName());
        assertEquals("Doe", a.lastName());
        assertNull(a.description());
        assertFalse(a.loginEnabled());
        assertFalse(a.ssoEnabled());
        assertTrue(a.supervisor());
    }

    @Test
    void refusedReviseChangesNothing() {
        Agent a = Agent.create(names("jdoe", "John", "Doe", null), GENERATED);
        assertThrows(InvalidInputException.class, () -> a.revise(names("john.doe", "f".repeat(33), "Smith", null)));
        assertEquals("jdoe", a.userName());
        assertEquals("John", a.firstName());
        assertEquals("Doe", a.lastName());
    }

    // --- attributes

    @Test
    void setAttributeAddsAValue() {
        Agent a = jdoe();
        Attribute english = proficiency(1, "English");
        a.setAttribute(english, 7, "value");
        assertEquals(1, a.attributes().size());
        AgentAttribute held = a.attributes().get(0);
        assertSame(english, held.attribute());
        assertSame(a, held.agent());
        assertEquals(7, held.value());
        assertEquals(7, held.presentedValue());
    }

    @Test
    void setAttributeChangesAHeldValue() {
        Agent a = jdoe();
        Attribute sales = booleanAttribute(1, "Sales");
        a.setAttribute(sales, true, "value");
        a.setAttribute(sales, "false", "value");
        assertEquals(Map.of(1L, false), values(a));
    }

    @Test
    void fiftyAttributesAreAccepted() {
        Agent a = jdoe();
        for (Attribute attr : attributes(50)) {
            a.setAttribute(attr, true, "value");
        }
        assertEquals(50, a.attributes().size());
    }

    @Test
    void theFiftyFirstAttributeIsRefusedNamingTheAgent() {
        Agent a = jdoe();
        for (Attribute attr : attributes(50)) {
            a.setAttribute(attr, true, "value");
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> a.setAttribute(booleanAttribute(51, "Attr51"), true, "value"));
        FieldError error = onlyError(e);
        assertEquals("attributes", error.field());
        assertEquals("limitExceeded.attributesPerAgent", error.code());
        assertTrue(error.message().contains("'jdoe'"), error.message());
        assertEquals(50, a.attributes().size());
    }

    @Test
    void aHeldValueCanStillChangeAtFiftyAttributes() {
        Agent a = jdoe();
        List<Attribute> fifty = attributes(50);
        for (Attribute attr : fifty) {
            a.setAttribute(attr, true, "value");
        }
        a.setAttribute(fifty.get(49), false, "value");
        assertEquals(false, values(a).get(50L));
        assertEquals(50, a.attributes().size());
    }

    @Test
    void removeAttributeDropsTheValue() {
        Agent a = jdoe();
        Attribute sales = booleanAttribute(1, "Sales");
        Attribute english = proficiency(2, "English");
        a.setAttribute(sales, true, "value");
        a.setAttribute(english, 3, "value");
        a.removeAttribute(booleanAttribute(1, "Sales"));
        assertEquals(Map.of(2L, 3), values(a));
    }

    @Test
    void removingAnAttributeNotHeldChangesNothing() {
        Agent a = jdoe();
        a.setAttribute(booleanAttribute(1, "Sales"), true, "value");
        a.removeAttribute(booleanAttribute(2, "Other"));
        assertEquals(Map.of(1L, true), values(a));
    }

    @Test
    void valueTypeErrorNamesTheFieldPassedIn() {
        Agent a = jdoe();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> a.setAttribute(booleanAttribute(1, "Sales"), 1, "attributes[3].value"));
        assertRefused("attributes[3].value", "invalidInput.booleanValue", e);
        InvalidInputException p = assertThrows(InvalidInputException.class,
                () -> a.setAttribute(proficiency(2, "English"), 11, "values.English"));
        assertRefused("values.English", "invalidInput.outOfRange", p);
        assertTrue(a.attributes().isEmpty());
    }

    @Test
    void refusedValueLeavesTheHeldValue() {
        Agent a = jdoe();
        Attribute english = proficiency(1, "English");
        a.setAttribute(english, 4, "value");
        assertThrows(InvalidInputException.class, () -> a.setAttribute(english, 0, "value"));
        assertEquals(Map.of(1L, 4), values(a));
    }

    @Test
    void replaceAttributesSetsExactlyTheGivenValues() {
        Agent a = jdoe();
        Attribute sales = booleanAttribute(1, "Sales");
        Attribute english = proficiency(2, "English");
        Attribute french = proficiency(3, "French");
        a.setAttribute(sales, true, "value");
        a.setAttribute(english, 3, "value");
        Map<Attribute, Object> replacement = new LinkedHashMap<>();
        replacement.put(english, "9");
        replacement.put(french, 2);
        a.replaceAttributes(replacement);
        assertEquals(Map.of(2L, 9, 3L, 2), values(a));
    }

    @Test
    void replaceAttributesWithNothingRemovesAll() {
        Agent a = jdoe();
        a.setAttribute(booleanAttribute(1, "Sales"), true, "value");
        a.replaceAttributes(Map.of());
        assertTrue(a.attributes().isEmpty());
    }

    @Test
    void replaceAttributesAcceptsFifty() {
        Agent a = jdoe();
        Map<Attribute, Object> values = new LinkedHashMap<>();
        attributes(50).forEach(attr -> values.put(attr, true));
        a.replaceAttributes(values);
        assertEquals(50, a.attributes().size());
    }

    @Test
    void replaceAttributesRefusesFiftyOne() {
        Agent a = jdoe();
        a.setAttribute(booleanAttribute(100, "Kept"), true, "value");
        Map<Attribute, Object> values = new LinkedHashMap<>();
        attributes(51).forEach(attr -> values.put(attr, true));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.replaceAttributes(values));
        FieldError error = onlyError(e);
        assertEquals("attributes", error.field());
        assertEquals("limitExceeded.attributesPerAgent", error.code());
        assertTrue(error.message().contains("'jdoe'"), error.message());
        assertEquals(Map.of(100L, true), values(a));
    }

    @Test
    void replaceAttributesAtTheLimitMaySwapEveryAttribute() {
        Agent a = jdoe();
        List<Attribute> hundred = attributes(100);
        hundred.subList(0, 50).forEach(attr -> a.setAttribute(attr, true, "value"));
        Map<Attribute, Object> values = new LinkedHashMap<>();
        hundred.subList(50, 100).forEach(attr -> values.put(attr, false));
        a.replaceAttributes(values);
        assertEquals(50, a.attributes().size());
        assertTrue(a.attributes().stream().allMatch(v -> v.attribute().id() > 50));
    }

    @Test
    void replaceAttributesNamesTheEntryOfARefusedValue() {
        Agent a = jdoe();
        Map<Attribute, Object> values = new LinkedHashMap<>();
        values.put(booleanAttribute(1, "Sales"), true);
        values.put(proficiency(2, "English"), "x");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.replaceAttributes(values));
        assertRefused("attributes[1].value", "invalidInput.outOfRange", e);
    }

    @Test
    void auditStateListsAttributeValuesByName() {
        Agent a = jdoe();
        a.setAttribute(booleanAttribute(1, "Sales"), true, "value");
        a.setAttribute(proficiency(2, "English"), 7, "value");
        assertEquals(List.of("English=7", "Sales=true"), a.auditState().get("attributes"));
    }

    // --- team

    @Test
    void agentJoinsATeamWith49Members() {
        Agent a = jdoe();
        AgentTeam blue = team(1, "Blue");
        a.joinTeam(blue, 49);
        assertSame(blue, a.team());
        assertEquals("Blue", a.auditState().get("team"));
    }

    @Test
    void agentCannotJoinAFullTeam() {
        Agent a = jdoe();
        ConflictException e = assertThrows(ConflictException.class, () -> a.joinTeam(team(1, "Blue"), 50));
        assertEquals("limitExceeded.agentsPerTeam", e.code());
        assertTrue(e.getMessage().contains("'Blue'"), e.getMessage());
        assertTrue(e.getMessage().contains("'jdoe'"), e.getMessage());
        assertNull(a.team());
    }

    @Test
    void refusedJoinKeepsThePreviousTeam() {
        Agent a = jdoe();
        AgentTeam blue = team(1, "Blue");
        a.joinTeam(blue, 0);
        assertThrows(ConflictException.class, () -> a.joinTeam(team(2, "Red"), 50));
        assertSame(blue, a.team());
    }

    @Test
    void joiningAnotherTeamLeavesTheFirst() {
        Agent a = jdoe();
        a.joinTeam(team(1, "Blue"), 0);
        AgentTeam red = team(2, "Red");
        a.joinTeam(red, 10);
        assertSame(red, a.team());
    }

    @Test
    void rejoiningTheOwnFullTeamIsAccepted() {
        Agent a = jdoe();
        AgentTeam blue = team(1, "Blue");
        a.joinTeam(blue, 49);
        assertDoesNotThrow(() -> a.joinTeam(blue, 50));
        assertSame(blue, a.team());
    }

    @Test
    void joiningNoTeamLeavesTheTeam() {
        Agent a = jdoe();
        a.joinTeam(team(1, "Blue"), 0);
        a.joinTeam(null, 0);
        assertNull(a.team());
        assertNull(a.auditState().get("team"));
    }

    @Test
    void leaveTeamLeavesTheTeam() {
        Agent a = jdoe();
        a.joinTeam(team(1, "Blue"), 0);
        a.leaveTeam();
        assertNull(a.team());
    }

    // --- audit

    @Test
    void auditStateNamesEveryRecordedFieldInOrder() {
        Agent a = Agent.create(new AgentDraft("1001", "jdoe", "John", "Doe", "Night", null, null, null, null, null), GENERATED);
        assertEquals(List.of("agentId", "userName", "firstName", "lastName", "description", "loginEnabled", "ssoEnabled",
                "agentStateTrace", "supervisor", "team", "passwordSet", "attributes"), List.copyOf(a.auditState().keySet()));
        assertEquals("1001", a.auditState().get("agentId"));
        assertEquals("John", a.auditState().get("firstName"));
        assertEquals(true, a.auditState().get("loginEnabled"));
    }

    @Test
    void auditIdentity() {
        Agent a = jdoe();
        assertEquals("agent", a.auditType());
        assertEquals("jdoe", a.auditName());
        assertNull(a.auditId());
    }
}
