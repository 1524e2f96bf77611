package org.ccadmin.agents.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.agents.application.AgentService;
import org.ccadmin.agents.application.AgentTeamService;
import org.ccadmin.agents.application.AgentViews.AgentSummary;
import org.ccadmin.agents.application.AgentViews.AgentView;
import org.ccadmin.agents.application.AgentViews.TeamView;
import org.ccadmin.agents.web.AgentTeamForm.Member;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.primefaces.event.SelectEvent;

/**
 * The agent team page ({@code /user-setup/agent-team.xhtml?id=…}; no id creates one): name, description,
 * members and supervisors, picked with autocompletes over the agent search (supervisors only among agents
 * with the supervisor flag) and saved as complete id sets in one call.
 */
@Named
@ViewScoped
public class AgentTeamBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "teamForm";

    @Inject
    private AgentTeamService service;

    @Inject
    private AgentService agents;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    @Inject
    private FacesContext faces;

    private Long id;
    private AgentTeamForm form = AgentTeamForm.blank();
    private boolean missing;
    private Long memberPick;
    private Long supervisorPick;
    /** The agents the pickers offered last, so a pick needs no further read. */
    private transient Map<Long, AgentSummary> offered;

    public void load() {
        if (id == null) {
            form = AgentTeamForm.blank();
            return;
        }
        try {
            form = AgentTeamForm.of(service.get(id));
        } catch (ResourceNotFoundException e) {
            missing = true;
        }
    }

    public void reload() {
        if (form.isNew()) {
            return;
        }
        try {
            form = AgentTeamForm.of(service.get(form.getId()));
            messages.formInfo(FORM, text.get("team.reloaded"));
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("team.gone", form.getName()));
        }
    }

    public String save() {
        if (isReadOnly()) {
            return null;
        }
        boolean creating = form.isNew();
        try {
            TeamView saved = creating
                    ? service.create(form.nameText(), form.descriptionText(), AgentTeamForm.ids(form.getMembers()),
                            AgentTeamForm.ids(form.getSupervisors()))
                    : service.update(form.getId(), ChangeStamp.of(form.getChangeStamp()), form.nameText(), form.descriptionText(),
                            AgentTeamForm.ids(form.getMembers()), AgentTeamForm.ids(form.getSupervisors()));
            if (creating) {
                faces.getExternalContext().getFlash().setKeepMessages(true);
                messages.info(text.get("team.created", saved.name()));
                return "/user-setup/agent-team?faces-redirect=true&id=" + saved.id();
            }
            form = AgentTeamForm.of(saved);
            messages.saved(text.get("team.updated", saved.name()));
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, AgentTeamBean::inputFor, text.get("team.stale"), text.get("team.gone", form.getName()));
        }
        return null;
    }

    public String delete() {
        try {
            service.delete(form.getId(), ChangeStamp.of(form.getChangeStamp()));
            messages.info(text.get("team.deleted", form.getName()));
        } catch (DomainException e) {
            if (!messages.leaveAfterRefusedDelete(FORM, e, text.get("team.stale"), text.get("team.alreadyDeleted", form.getName()))) {
                return null;
            }
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/user-setup/agent-teams?faces-redirect=true";
    }

    public String deleteQuestion() {
        return text.get("team.delete.question", form.getName(), form.getMembers().size());
    }

    public List<AgentSummary> completeMember(String typed) {
        return offer(Suggestions.agents(agents, typed, false, AgentTeamForm.ids(form.getMembers())));
    }

    public List<AgentSummary> completeSupervisor(String typed) {
        return offer(Suggestions.agents(agents, typed, true, AgentTeamForm.ids(form.getSupervisors())));
    }

    public void addMember(SelectEvent<Long> event) {
        memberPick = null;
        add(form.getMembers(), event.getObject());
    }

    public void addSupervisor(SelectEvent<Long> event) {
        supervisorPick = null;
        add(form.getSupervisors(), event.getObject());
    }

    public void removeMember(Member m) {
        form.getMembers().remove(m);
    }

    public void removeSupervisor(Member m) {
        form.getSupervisors().remove(m);
    }

    private List<AgentSummary> offer(List<AgentSummary> found) {
        offered = new HashMap<>();
        found.forEach(a -> offered.put(a.id(), a));
        return found;
    }

    private void add(List<Member> list, Long agentId) {
        if (agentId == null || AgentTeamForm.ids(list).contains(agentId)) {
            return;
        }
        AgentSummary a = offered == null ? null : offered.get(agentId);
        if (a != null) {
            list.add(new Member(a.id(), a.userName(), a.agentId(), a.firstName(), a.lastName()));
            return;
        }
        try {
            AgentView v = agents.get(agentId);
            list.add(new Member(v.id(), v.userName(), v.agentId(), v.firstName(), v.lastName()));
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("team.agentGone"));
        }
    }

    private static String inputFor(String field) {
        return switch (field) {
            case "memberIds" -> "memberPicker";
            case "supervisorIds" -> "supervisorPicker";
            default -> field;
        };
    }

    public boolean isReadOnly() {
        return !faces.getExternalContext().isUserInRole(Role.ADMINISTRATOR);
    }

    public String getTitle() {
        return form.isNew() ? text.get("team.page.new") : text.get("team.page.edit", form.getName());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AgentTeamForm getForm() { return form; }
    public boolean isMissing() { return missing; }
    public Long getMemberPick() { return memberPick; }
    public void setMemberPick(Long memberPick) { this.memberPick = memberPick; }
    public Long getSupervisorPick() { return supervisorPick; }
    public void setSupervisorPick(Long supervisorPick) { this.supervisorPick = supervisorPick; }
}
