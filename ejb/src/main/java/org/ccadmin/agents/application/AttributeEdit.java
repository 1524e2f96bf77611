package org.ccadmin.agents.application;

import java.util.List;
import org.ccadmin.agents.domain.AgentQuery;
import org.ccadmin.agents.domain.AttributeAssignment;

/**
 * A multi-agent attribute edit: which agents (an explicit id list, or every agent matching a search — not
 * limited to one page), which attribute values to set (add or change) and which attributes to remove.
 */
public record AttributeEdit(List<Long> agentIds, AgentQuery query, List<AttributeAssignment> set, List<Long> remove) {

    public AttributeEdit {
        set = set == null ? List.of() : List.copyOf(set);
        remove = remove == null ? List.of() : List.copyOf(remove);
        agentIds = agentIds == null ? null : List.copyOf(agentIds);
    }

    /** What an edit does (or would do): per attribute, how many agents gain, change or lose it. */
    public record Outcome(int selectedAgents, int changedAgents, List<Change> changes, boolean applied) {
    }

    public record Change(long attributeId, String name, Object value, int added, int updated, int removed) {
    }
}
