package org.ccadmin.agents.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.agents.application.AgentViews.AgentSummary;

/**
 * The agents chosen in the list, across pages: either rows picked one by one (kept by id, so paging and
 * sorting do not lose them), or "every agent matching a search", kept as that search's criteria, so that a
 * multi-agent edit selects the whole result on the server however large, not the rows a page happened to load.
 */
class AgentSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, AgentSummary> picked = new LinkedHashMap<>();
    private AgentSearchForm matching;
    private long matchingCount;

    /** The table reports the picks of the rows it shows: the rows of the page, picked or not. */
    void pageSelection(List<AgentSummary> pageRows, List<AgentSummary> pickedRows) {
        if (matching != null) {
            return;
        }
        for (AgentSummary row : pageRows) {
            picked.remove(row.id());
        }
        for (AgentSummary row : pickedRows) {
            picked.put(row.id(), row);
        }
    }

    void selectAllMatching(AgentSearchForm criteria, long count) {
        matching = criteria.copy();
        matchingCount = count;
    }

    void clear() {
        picked.clear();
        matching = null;
        matchingCount = 0;
    }

    /** A new search ends "all matching" (it named the previous search); rows picked one by one stay picked. */
    void searchChanged() {
        matching = null;
        matchingCount = 0;
    }

    /** A row picked one by one, by its row key (the id), or null. */
    AgentSummary picked(String rowKey) {
        try {
            return picked.get(Long.valueOf(rowKey));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void forget(long agentId) {
        picked.remove(agentId);
    }

    boolean isAllMatching() {
        return matching != null;
    }

    AgentSearchForm matching() {
        return matching;
    }

    List<Long> ids() {
        return new ArrayList<>(picked.keySet());
    }

    List<AgentSummary> rows() {
        return new ArrayList<>(picked.values());
    }

    long size() {
        return matching != null ? matchingCount : picked.size();
    }

    boolean isEmpty() {
        return size() == 0;
    }
}
