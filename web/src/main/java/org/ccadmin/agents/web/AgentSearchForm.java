package org.ccadmin.agents.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The search panel of the agent list: free text, teams (any of), attribute conditions (all of) and role.
 * Only the texts are kept here; {@code AgentService.query} turns them into an {@code AgentQuery}.
 */
public class AgentSearchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALL = "all";
    static final String AGENTS = "agents";
    static final String SUPERVISORS = "supervisors";

    private String text;
    private List<Long> teamIds = new ArrayList<>();
    private final List<ConditionRow> conditions = new ArrayList<>();
    private String role = ALL;

    AgentSearchForm copy() {
        AgentSearchForm f = new AgentSearchForm();
        f.text = text;
        f.teamIds = new ArrayList<>(teamIds == null ? List.of() : teamIds);
        conditions.forEach(c -> f.conditions.add(c.copy()));
        f.role = role;
        return f;
    }

    List<String> conditionTexts() {
        return conditions.stream().map(ConditionRow::text).filter(Objects::nonNull).toList();
    }

    /** true: supervisors only; false: agents only; null: both. */
    Boolean supervisor() {
        return SUPERVISORS.equals(role) ? Boolean.TRUE : AGENTS.equals(role) ? Boolean.FALSE : null;
    }

    void clear() {
        text = null;
        teamIds = new ArrayList<>();
        conditions.clear();
        role = ALL;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<Long> getTeamIds() { return teamIds; }
    public void setTeamIds(List<Long> teamIds) { this.teamIds = teamIds == null ? new ArrayList<>() : new ArrayList<>(teamIds); }
    public List<ConditionRow> getConditions() { return conditions; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role == null ? ALL : role; }
}
