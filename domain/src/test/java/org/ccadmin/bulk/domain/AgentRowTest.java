package org.ccadmin.bulk.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.bulk.domain.AgentRow.Operation;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AgentRowTest {

    /** A row with the given cells by column name, the others empty. */
    private static List<String> cells(String... namesAndValues) {
        List<String> columns = BulkJobType.AGENT.columns();
        List<String> cells = new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            cells.set(columns.indexOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return cells;
    }

    private static AgentRow parse(String... namesAndValues) {
        return AgentRow.parse(cells(namesAndValues), "Bulk job 7");
    }

    @Test
    void theOperationIsReadInAnyCase() {
        assertEquals(Operation.CREATE, parse("operation", "create", "userName", "a").operation());
        assertEquals(Operation.DELETE, parse("operation", "Delete", "userName", "a").operation());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("operation", "MERGE", "userName", "a"));
        assertEquals("operation", e.errors().get(0).field());
    }

    @Test
    void onCreateBlankCellsMeanTheDefaultsAndTheDescriptionNamesTheJob() {
        AgentRow r = parse("operation", "CREATE", "userName", "a");
        assertTrue(r.draft().loginEnabled());
        assertFalse(r.draft().ssoEnabled());
        assertFalse(r.draft().supervisor());
        assertEquals("Bulk job 7", r.draft().description());
        assertNull(r.draft().password());
        assertFalse(r.team().given());
    }

    @Test
    void onUpdateBlankLeavesAndTildeClears() {
        AgentRow r = parse("operation", "UPDATE", "userName", "a", "lastName", "~", "description", "~", "password", "~",
                "loginEnabled", "~", "agentTeamName", "~", "attributes", "~", "supervisorTeams", "~");
        assertNull(r.draft().firstName(), "blank: unchanged");
        assertNull(r.draft().loginEnabled() == null ? null : r.draft().ssoEnabled());
        assertEquals("", r.draft().lastName());
        assertEquals("", r.draft().description());
        assertArrayEquals(new char[0], r.draft().password(), "~ removes the password");
        assertTrue(r.draft().loginEnabled(), "~ puts a flag back to its default");
        assertTrue(r.team().cleared());
        assertTrue(r.attributes().cleared());
        assertTrue(r.supervisorTeams().cleared());
    }

    @Test
    void attributesArePairsAndTeamsAList() {
        AgentRow r = parse("operation", "UPDATE", "userName", "a", "attributes", "kungFu=9; knowsKungFu=false;Sales",
                "supervisorTeams", "team1; team2;");
        assertEquals(Map.of("kungFu", "9", "knowsKungFu", "false", "Sales", ""), r.attributes().value());
        assertEquals(Set.of("team1", "team2"), r.supervisorTeams().value());
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> parse("operation", "UPDATE", "userName", "a", "attributes", "x=1;X=2"));
        assertEquals("invalidInput.duplicate", twice.errors().get(0).code());
    }

    @Test
    void unmodelledColumnsAreRefusedWhenFilled() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> parse("operation", "CREATE", "userName", "a", "skillGroups", "sg1", "departmentName", "d"));
        assertEquals(List.of("skillGroups", "departmentName"), e.errors().stream().map(f -> f.field()).toList());
        parse("operation", "UPDATE", "userName", "a", "agentDeskSettingsName", "~");
    }

    @Test
    void booleansAreTrueOrFalseAndTheUserNameIsRequired() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> parse("operation", "CREATE", "userName", "", "supervisor", "yes"));
        assertEquals(List.of("userName"), e.errors().stream().map(f -> f.field()).toList(), "the user name is checked first");
        InvalidInputException flag = assertThrows(InvalidInputException.class,
                () -> parse("operation", "CREATE", "userName", "a", "supervisor", "yes"));
        assertEquals("supervisor", flag.errors().get(0).field());
        assertTrue(parse("operation", "CREATE", "userName", "a", "supervisor", "TRUE").draft().supervisor());
    }
}
