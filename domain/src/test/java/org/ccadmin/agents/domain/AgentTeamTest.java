package org.ccadmin.agents.domain;

import static org.ccadmin.agents.domain.TestIds.withId;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AgentTeamTest {

    // --- helpers

    private static Agent agent(long id, String userName, boolean supervisor) {
        return withId(Agent.create(new AgentDraft(String.valueOf(id), userName, null, null, null, null, null, null, null,
                supervisor), null), id);
    }

    private static Set<Agent> supervisors(int count) {
        Set<Agent> set = new LinkedHashSet<>();
        for (int i = 1; i <= count; i++) {
            set.add(agent(i, "sup" + i, true));
        }
        return set;
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

    // --- create and revise

    @Test
    void newTeamKeepsNameAndDescription() {
        AgentTeam t = AgentTeam.create("Blue.Team_1", "Day shift");
        assertEquals("Blue.Team_1", t.name());
        assertEquals("Day shift", t.description());
        assertTrue(t.supervisors().isEmpty());
        assertNull(t.id());
    }

    @Test
    void blankDescriptionIsStoredAsAbsent() {
        assertNull(AgentTeam.create("Blue", " ").description());
    }

    @Test
    void nameIsRequired() {
        for (String name : new String[] {null, ""}) {
            assertRefused("name", "invalidInput.fieldRequired",
                    assertThrows(InvalidInputException.class, () -> AgentTeam.create(name, null)));
        }
    }

    @Test
    void nameWithInvalidCharactersIsRefused() {
        for (String name : List.of("Blue Team", "_Blue", "Blue-Team", "Blue/1")) {
            assertRefused("name", "invalidInput.invalidCharacters",
                    assertThrows(InvalidInputException.class, () -> AgentTeam.create(name, null), name));
        }
    }

    @Test
    void nameLongerThan32CharactersIsRefused() {
        assertRefused("name", "invalidInput.fieldLengthExceeded",
                assertThrows(InvalidInputException.class, () -> AgentTeam.create("t".repeat(33), null)));
    }

    @Test
    void descriptionLongerThan255CharactersIsRefused() {
        assertRefused("description", "invalidInput.fieldLengthExceeded",
                assertThrows(InvalidInputException.class, () -> AgentTeam.create("Blue", "d".repeat(256))));
    }

    @Test
    void reviseKeepsWhatIsNotGiven() {
        AgentTeam t = AgentTeam.create("Blue", "Day shift");
        t.revise(null, null);
        assertEquals("Blue", t.name());
        assertEquals("Day shift", t.description());
    }

    @Test
    void reviseChangesWhatIsGiven() {
        AgentTeam t = AgentTeam.create("Blue", "Day shift");
        t.revise("Red", "Night shift");
        assertEquals("Red", t.name());
        assertEquals("Night shift", t.description());
        t.revise(null, "");
        assertNull(t.description());
    }

    @Test
    void reviseAppliesTheNameRule() {
        AgentTeam t = AgentTeam.create("Blue", null);
        assertRefused("name", "invalidInput.invalidCharacters",
                assertThrows(InvalidInputException.class, () -> t.revise("Blue Team", null)));
        assertRefused("name", "invalidInput.fieldRequired",
                assertThrows(InvalidInputException.class, () -> t.revise("", null)));
        assertRefused("description", "invalidInput.fieldLengthExceeded",
                assertThrows(InvalidInputException.class, () -> t.revise("Red", "d".repeat(256))));
        assertEquals("Blue", t.name());
    }

    // --- supervisors

    @Test
    void twentySupervisorsAreAccepted() {
        AgentTeam t = AgentTeam.create("Blue", null);
        Set<Agent> twenty = supervisors(20);
        assertDoesNotThrow(() -> t.replaceSupervisors(twenty));
        assertEquals(twenty, t.supervisors());
    }

    @Test
    void twentyOneSupervisorsAreRefused() {
        AgentTeam t = AgentTeam.create("Blue", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.replaceSupervisors(supervisors(21)));
        assertRefused("supervisorIds", "limitExceeded.supervisorsPerTeam", e);
        assertTrue(t.supervisors().isEmpty());
    }

    @Test
    void agentsWithoutTheSupervisorFlagAreRefusedByName() {
        AgentTeam t = AgentTeam.create("Blue", null);
        Set<Agent> mixed = new LinkedHashSet<>(List.of(agent(1, "zoe", false), agent(2, "boss", true), agent(3, "adam", false)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.replaceSupervisors(mixed));
        FieldError error = onlyError(e);
        assertEquals("supervisorIds", error.field());
        assertEquals("invalidInput.notASupervisor", error.code());
        assertTrue(error.message().contains("adam, zoe"), error.message());
        assertFalse(error.message().contains("boss"), error.message());
        assertTrue(t.supervisors().isEmpty());
    }

    @Test
    void replaceSupervisorsReplacesThePreviousOnes() {
        AgentTeam t = AgentTeam.create("Blue", null);
        Agent first = agent(1, "first", true);
        Agent second = agent(2, "second", true);
        t.replaceSupervisors(Set.of(first));
        t.replaceSupervisors(Set.of(second));
        assertEquals(Set.of(second), t.supervisors());
        t.replaceSupervisors(Set.of());
        assertTrue(t.supervisors().isEmpty());
    }

    @Test
    void refusedReplacementKeepsThePreviousSupervisors() {
        AgentTeam t = AgentTeam.create("Blue", null);
        Agent boss = agent(1, "boss", true);
        t.replaceSupervisors(Set.of(boss));
        assertThrows(InvalidInputException.class, () -> t.replaceSupervisors(Set.of(agent(2, "worker", false))));
        assertEquals(Set.of(boss), t.supervisors());
    }

    @Test
    void removeSupervisorRemovesTheAgentWithThatId() {
        AgentTeam t = AgentTeam.create("Blue", null);
        Agent one = agent(1, "one", true);
        Agent two = agent(2, "two", true);
        t.replaceSupervisors(new LinkedHashSet<>(List.of(one, two)));
        t.removeSupervisor(agent(1, "one", true));
        assertEquals(Set.of(two), t.supervisors());
    }

    // --- audit

    @Test
    void auditStateListsSupervisorsByUserName() {
        AgentTeam t = AgentTeam.create("Blue", "Day shift");
        t.replaceSupervisors(new LinkedHashSet<>(List.of(agent(1, "zoe", true), agent(2, "adam", true))));
        assertEquals("Blue", t.auditState().get("name"));
        assertEquals("Day shift", t.auditState().get("description"));
        assertEquals(List.of("adam", "zoe"), t.auditState().get("supervisors"));
        assertEquals("agentTeam", t.auditType());
        assertEquals("Blue", t.auditName());
    }
}
