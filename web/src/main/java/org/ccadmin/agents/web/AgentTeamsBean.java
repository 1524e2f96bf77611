package org.ccadmin.agents.web;

import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ccadmin.agents.application.AgentTeamService;
import org.ccadmin.agents.application.AgentViews.TeamSummary;
import org.ccadmin.agents.domain.AgentTeam;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.StaleChangeStampException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.shared.web.PagedModel;

/** The agent team list ({@code /user-setup/agent-teams.xhtml}): a lazy table with member and supervisor counts. */
@Named
@ViewScoped
public class AgentTeamsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgentTeamService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private final PagedModel<TeamSummary> teams = new PagedModel<>(AgentTeam.SORTABLE, "name") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<TeamSummary> fetch(PageRequest request) {
            return service.search(request);
        }

        @Override
        protected long idOf(TeamSummary row) {
            return row.id();
        }
    };

    private String query;

    public void search(AjaxBehaviorEvent event) {
        teams.setText(query);
        PagedModel.toFirstPage(event.getComponent(), "teamTable");
    }

    public String deleteQuestion(TeamSummary row) {
        return text.get("team.delete.question", row.name(), row.memberCount());
    }

    public void delete(TeamSummary row) {
        try {
            service.delete(row.id(), ChangeStamp.of(row.changeStamp()));
            messages.info(text.get("team.deleted", row.name()));
        } catch (StaleChangeStampException e) {
            messages.pageError(text.get("team.deleteStale", row.name()));
        } catch (ConflictException e) {
            messages.pageError(text.conflict(e));
        } catch (ResourceNotFoundException e) {
            messages.info(text.get("team.alreadyDeleted", row.name()));
        }
    }

    public PagedModel<TeamSummary> getTeams() {
        return teams;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
