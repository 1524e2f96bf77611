package org.ccadmin.agents.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccadmin.agents.application.AgentViews.AgentSummary;
import org.junit.jupiter.api.Test;

class AgentSelectionTest {

    private static AgentSummary agent(long id) {
        return new AgentSummary(id, "100" + id, "agent" + id, null, null, null, false, true, null, 0);
    }

    @Test
    void picksOnOnePageSurvivePagingToAnother() {
        AgentSelection selection = new AgentSelection();
        selection.pageSelection(List.of(agent(1), agent(2)), List.of(agent(1)));
        selection.pageSelection(List.of(agent(3), agent(4)), List.of(agent(4)));
        assertEquals(List.of(1L, 4L), selection.ids());
    }

    @Test
    void aRowUncheckedOnItsPageIsNoLongerPicked() {
        AgentSelection selection = new AgentSelection();
        selection.pageSelection(List.of(agent(1), agent(2)), List.of(agent(1), agent(2)));
        selection.pageSelection(List.of(agent(1), agent(2)), List.of(agent(2)));
        assertEquals(List.of(2L), selection.ids());
    }

    @Test
    void allMatchingCountsTheWholeResultAndANewSearchEndsIt() {
        AgentSelection selection = new AgentSelection();
        selection.pageSelection(List.of(agent(1)), List.of(agent(1)));
        selection.selectAllMatching(new AgentSearchForm(), 72_000);
        assertTrue(selection.isAllMatching());
        assertEquals(72_000, selection.size());
        selection.searchChanged();
        assertEquals(1, selection.size());
    }

    @Test
    void rowKeysOfPickedRowsResolveOnAnyPage() {
        AgentSelection selection = new AgentSelection();
        selection.pageSelection(List.of(agent(7)), List.of(agent(7)));
        assertEquals(7L, selection.picked("7").id());
        assertNull(selection.picked("8"));
        assertNull(selection.picked("not-a-key"));
    }
}
