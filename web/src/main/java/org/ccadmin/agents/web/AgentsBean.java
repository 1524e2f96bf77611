package org.ccadmin.agents.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccadmin.agents.application.AgentService;
import org.ccadmin.agents.application.AgentTeamService;
import org.ccadmin.agents.application.AgentViews.AgentSummary;
import org.ccadmin.agents.application.AgentViews.TeamSummary;
import org.ccadmin.agents.application.AttributeEdit;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.AgentQuery;
import org.ccadmin.agents.domain.AttributeAssignment;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.StaleChangeStampException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.shared.web.PagedModel;
import org.ccadmin.skills.application.AttributeService;
import org.primefaces.PrimeFaces;

/**
 * The agent list ({@code /user-setup/agents.xhtml}): a lazy table over the agent search, the search panel
 * (text, teams, attribute conditions, role), the selection for multi-agent edits ({@link AgentSelection})
 * and row deletion. The panel's criteria become an {@code AgentQuery} only through
 * {@code AgentService.query}, so a condition the domain cannot read is reported beside the panel and the
 * table keeps showing the last search that worked.
 */
@Named
@ViewScoped
public class AgentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "agentList";
    /** The parameter name the query's problems are reported under. */
    private static final String CONDITION_FIELD = "attribute";

    @Inject
    private AgentService service;

    @Inject
    private AgentTeamService teamService;

    @Inject
    private AttributeService attributeService;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    @Inject
    private FacesContext faces;

    private final AgentSearchForm search = new AgentSearchForm();
    /** The criteria the table shows; the panel may hold edits not searched yet. */
    private AgentSearchForm shown = new AgentSearchForm();
    /** The last Search was refused; the table shows the search before it. */
    private boolean refusedSearch;
    /** {@code shown} as the domain's query; rebuilt when missing (it is not serializable). */
    private transient AgentQuery query;
    private final AgentSelection selection = new AgentSelection();
    private transient List<TeamSummary> teams;

    private final PagedModel<AgentSummary> agents = new PagedModel<>(Agent.SORTABLE, "userName") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<AgentSummary> fetch(PageRequest request) {
            AgentQuery q = shownQuery();
            return q == null ? new Page<>(List.of(), 0, request) : service.search(q, request);
        }

        @Override
        protected long idOf(AgentSummary row) {
            return row.id();
        }

        /** Rows picked on other pages stay known, so the table keeps their row keys while paging. */
        @Override
        public AgentSummary getRowData(String rowKey) {
            AgentSummary row = super.getRowData(rowKey);
            return row != null ? row : selection.picked(rowKey);
        }
    };

    @PostConstruct
    void init() {
        search.getConditions().add(new ConditionRow());
    }

    /**
     * Conditions are reported under the API's parameter name and in its syntax; the panel speaks of what it
     * shows: a condition whose text is incomplete (no attribute picked, or an operator without a value), or the
     * value of a condition.
     */
    private String searchMessage(org.ccadmin.shared.domain.FieldError error) {
        if (!error.field().equals(CONDITION_FIELD)) {
            return error.message();
        }
        if ("invalidInput.attributeCondition".equals(error.code())) {
            return text.get("agent.search.conditionIncomplete");
        }
        return error.message().startsWith(CONDITION_FIELD + " ")
                ? text.get("agent.search.condition") + error.message().substring(CONDITION_FIELD.length())
                : error.message();
    }

    /** Runs the panel's search from the first page; refused criteria leave the table as it was. */
    public void search() {
        try {
            query = build(search);
            shown = search.copy();
            refusedSearch = false;
            selection.searchChanged();
            PagedModel.toFirstPage(faces.getViewRoot().findComponent(FORM), "agentTable");
        } catch (InvalidInputException e) {
            // The table still shows the previous search: "select all matching" must not be offered for it while
            // the person believes the new (refused) criteria are in force, or a bulk edit could hit other agents.
            refusedSearch = true;
            selection.searchChanged();
            // Conditions are reported under the API's parameter name; the panel calls them what it shows.
            e.errors().forEach(error -> messages.formError(FORM, searchMessage(error)));
            messages.refused();
        }
    }

    public void clearSearch() {
        search.clear();
        search.getConditions().add(new ConditionRow());
        search();
    }

    public void addCondition() {
        search.getConditions().add(new ConditionRow());
    }

    public void removeCondition(ConditionRow row) {
        search.getConditions().remove(row);
        if (search.getConditions().isEmpty()) {
            search.getConditions().add(new ConditionRow());
        }
    }

    /** Attribute names for a condition row: one page of the attribute search, never all attributes. */
    public List<String> completeAttribute(String typed) {
        return Suggestions.attributes(attributeService, typed, List.of()).stream().map(a -> a.name()).toList();
    }

    public void selectAllMatching() {
        selection.selectAllMatching(shown, agents.getRowCount());
    }

    public void clearSelection() {
        selection.clear();
    }

    /** The selection of a multi-agent edit: the picked ids, or the search whose whole result is selected. */
    AttributeEdit edit(List<AttributeAssignment> set, List<Long> remove) {
        if (selection.isAllMatching()) {
            return new AttributeEdit(null, build(selection.matching()), set, remove);
        }
        return new AttributeEdit(selection.ids(), null, set, remove);
    }

    boolean hasSelection() {
        return !selection.isEmpty();
    }

    public String deleteQuestion(AgentSummary row) {
        return text.get("agent.delete.question", row.userName());
    }

    public void delete(AgentSummary row) {
        try {
            service.delete(row.id(), ChangeStamp.of(row.changeStamp()));
            selection.forget(row.id());
            messages.info(text.get("agent.deleted", row.userName()));
        } catch (StaleChangeStampException e) {
            messages.pageError(text.get("agent.deleteStale", row.userName()));
        } catch (ConflictException e) {
            messages.pageError(text.conflict(e));
        } catch (ResourceNotFoundException e) {
            selection.forget(row.id());
            messages.info(text.get("agent.alreadyDeleted", row.userName()));
        }
    }

    private AgentQuery build(AgentSearchForm f) {
        return service.query(f.getText(), f.getTeamIds(), f.conditionTexts(), f.supervisor(), CONDITION_FIELD);
    }

    private AgentQuery shownQuery() {
        if (query == null) {
            try {
                query = build(shown);
            } catch (InvalidInputException e) {
                // An attribute of the shown search was deleted or renamed since: nothing matches it any more.
                return null;
            }
        }
        return query;
    }

    // ---- the table's selection: PrimeFaces reports the picked rows of the page it shows ----

    /**
     * The table moved to another page or order. PrimeFaces renders only the new rows then, and marks those
     * whose keys it was sent; with the whole result selected it knows no keys, so the page asks to be
     * re-rendered whole ({@code args.repaint}), which marks every row.
     */
    public void pageChanged() {
        PrimeFaces.current().ajax().addCallbackParam("repaint", selection.isAllMatching());
    }

    /** The picked rows (all rows of the page when the whole search result is selected). */
    public List<AgentSummary> getSelectedRows() {
        if (selection.isAllMatching()) {
            List<AgentSummary> page = agents.getWrappedData();
            return page == null ? List.of() : page;
        }
        return selection.rows();
    }

    public void setSelectedRows(List<AgentSummary> rows) {
        List<AgentSummary> page = agents.getWrappedData();
        selection.pageSelection(page == null ? List.of() : page, rows == null ? List.of() : rows);
    }

    public String getSelectionSummary() {
        if (selection.isAllMatching()) {
            return text.get("agent.selection.allMatching", selection.size());
        }
        return selection.isEmpty() ? text.get("agent.selection.none") : text.get("agent.selection.some", selection.size());
    }

    /** "Select all N matching agents" is offered while the selection is not already the whole result. */
    public boolean isSelectAllOffered() {
        return !refusedSearch && !selection.isAllMatching() && agents.getRowCount() > 0;
    }

    public String getSelectAllLabel() {
        return text.get("agent.selection.selectAll", agents.getRowCount());
    }

    public boolean isAllMatching() {
        return selection.isAllMatching();
    }

    public boolean isSelectionEmpty() {
        return selection.isEmpty();
    }

    public List<TeamSummary> getTeams() {
        if (teams == null) {
            teams = Suggestions.teams(teamService);
        }
        return teams;
    }

    public List<String> getOperators() {
        return ConditionRow.OPERATORS;
    }

    public String operatorLabel(String operator) {
        return ConditionRow.HOLDS.equals(operator) ? text.get("agent.search.holds") : operator;
    }

    public PagedModel<AgentSummary> getAgents() {
        return agents;
    }

    public AgentSearchForm getSearch() {
        return search;
    }
}
