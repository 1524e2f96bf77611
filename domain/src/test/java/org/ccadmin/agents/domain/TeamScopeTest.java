package org.ccadmin.agents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.ForbiddenException;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

class TeamScopeTest {

    private static final AgentDraft NOTHING = new AgentDraft(null, null, null, null, null, null, null, null, null, null);

    private static Agent agentOf(long id, Long teamId) {
        Agent agent = TestIds.withId(Agent.create(new AgentDraft(null, "agent" + id, null, null, null, null, null, null, null,
                null), "100000" + id), id);
        if (teamId != null) {
            agent.joinTeam(TestIds.withId(AgentTeam.create("Team" + teamId, null), teamId), 0);
        }
        return agent;
    }

    @Test
    void anAdministratorSeesEveryAgentAndTeam() {
        TeamScope all = TeamScope.unrestricted();
        assertFalse(all.restricted());
        assertNull(all.filter());
        assertTrue(all.covers(agentOf(1, null)));
        assertTrue(all.coversTeam(7L));
        AgentQuery q = AgentQuery.all();
        assertSame(q, all.narrow(q));
    }

    @Test
    void aSupervisorSeesOnlyTheMembersOfItsTeams() {
        TeamScope mine = TeamScope.supervising(Set.of(1L, 2L));
        assertTrue(mine.covers(agentOf(10, 1L)));
        assertTrue(mine.covers(agentOf(11, 2L)));
        assertFalse(mine.covers(agentOf(12, 3L)));
        assertFalse(mine.covers(agentOf(13, null)), "an agent of no team belongs to no supervisor");
    }

    @Test
    void anAgentOutsideTheScopeIsReportedAsNotFound() {
        TeamScope mine = TeamScope.supervising(Set.of(1L));
        Agent other = agentOf(12, 3L);
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, () -> mine.require(other));
        assertEquals("No agent with id 12 exists.", e.getMessage());
        assertThrows(ResourceNotFoundException.class, () -> mine.requireTeam(3L));
        assertEquals(1L, mine.requireTeam(1L));
    }

    @Test
    void aSearchIsNarrowedToTheSupervisedTeamsOnTopOfItsOwnCriteria() {
        AgentQuery asked = new AgentQuery("jo", Set.of(3L), List.of(), true);
        AgentQuery narrowed = TeamScope.supervising(Set.of(1L)).narrow(asked);
        assertEquals("jo", narrowed.text());
        assertEquals(Set.of(3L), narrowed.teamIds());
        assertEquals(true, narrowed.supervisor());
        assertEquals(Set.of(1L), narrowed.withinTeams());
    }

    @Test
    void aSupervisorOfNoTeamSeesNoAgentAtAll() {
        TeamScope none = TeamScope.supervising(Set.of());
        assertTrue(none.restricted());
        assertEquals(Set.of(), none.narrow(AgentQuery.all()).withinTeams());
        assertFalse(none.covers(agentOf(1, 1L)));
    }

    @Test
    void aSupervisorMayChangeAttributesButNoOtherFieldEachNamed() {
        TeamScope mine = TeamScope.supervising(Set.of(1L));
        mine.checkAgentChange(NOTHING, false);
        AgentDraft draft = new AgentDraft(null, null, null, null, "new text", null, false, null, null, null);
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> mine.checkAgentChange(draft, true));
        assertEquals(List.of("description", "loginEnabled", "teamId"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("forbidden", e.code());
    }

    @Test
    void anAdministratorMayChangeEveryField() {
        TeamScope.unrestricted().checkAgentChange(new AgentDraft("1234", "u", "f", "l", "d", "pw".toCharArray(), true, true,
                true, true), true);
    }
}
