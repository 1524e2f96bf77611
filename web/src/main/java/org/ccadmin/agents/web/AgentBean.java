package org.ccadmin.agents.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.agents.application.AgentService;
import org.ccadmin.agents.application.AgentTeamService;
import org.ccadmin.agents.application.AgentViews.AgentView;
import org.ccadmin.agents.application.AgentViews.Ref;
import org.ccadmin.agents.application.AgentViews.TeamSummary;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.StaleChangeStampException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.skills.application.AttributeService;
import org.ccadmin.skills.application.AttributeView;
import org.primefaces.event.SelectEvent;

/**
 * The agent page ({@code /user-setup/agent.xhtml?id=…}; no id creates one): general fields, attribute values
 * and team on three tabs of one form, saved in one service call with the complete attribute list. The change
 * stamp read when the page opened is what the save presents, so someone else's change in between is refused,
 * with a Reload, instead of overwritten.
 */
@Named
@ViewScoped
public class AgentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "agentForm";
    private static final String TABS = "tabs:";

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

    private Long id;
    private AgentForm form = AgentForm.blank();
    private boolean missing;
    private Long attributePick;
    private transient List<Ref> teams;

    /** The page's view action: reads the agent named by {@code id}, or starts a new one. */
    public void load() {
        if (id == null) {
            form = AgentForm.blank();
            return;
        }
        try {
            form = AgentForm.of(service.get(id));
        } catch (ResourceNotFoundException e) {
            missing = true;
        }
    }

    public void reload() {
        if (form.isNew()) {
            return;
        }
        try {
            form = AgentForm.of(service.get(form.getId()));
            teams = null;
            messages.formInfo(FORM, text.get("agent.reloaded"));
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("agent.gone", form.getUserName()));
        }
    }

    /** Creates (then opens the new agent's page) or updates the agent with every field and attribute. */
    public String save() {
        if (!isAttributesEditable()) {
            return null;
        }
        boolean creating = form.isNew();
        try {
            AgentView saved = creating
                    ? service.create(form.draft(), form.getTeamId(), form.values())
                    : isReadOnly()
                            // A supervisor: only the attribute values are sent; the service refuses anything else.
                            ? service.update(form.getId(), ChangeStamp.of(form.getChangeStamp()), AgentForm.NOTHING, false, null,
                                    form.values())
                            : service.update(form.getId(), ChangeStamp.of(form.getChangeStamp()), form.draft(), true,
                                    form.getTeamId(), form.values());
            if (creating) {
                faces.getExternalContext().getFlash().setKeepMessages(true);
                messages.info(text.get("agent.created", saved.userName(), saved.agentId()));
                return "/user-setup/agent?faces-redirect=true&id=" + saved.id();
            }
            form = AgentForm.of(saved);
            teams = null;
            messages.saved(text.get("agent.updated", saved.userName()));
        } catch (InvalidInputException e) {
            fieldErrors(e.errors());
        } catch (StaleChangeStampException e) {
            messages.formError(FORM, text.get("agent.stale"));
            messages.refused();
        } catch (ConflictException e) {
            if (e.errors().isEmpty()) {
                messages.formError(FORM, text.conflict(e));
                messages.refused();
            } else {
                fieldErrors(e.errors());
            }
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("agent.gone", form.getUserName()));
            messages.refused();
        }
        return null;
    }

    public String delete() {
        try {
            service.delete(form.getId(), ChangeStamp.of(form.getChangeStamp()));
            messages.info(text.get("agent.deleted", form.getUserName()));
        } catch (DomainException e) {
            if (!messages.leaveAfterRefusedDelete(FORM, e, text.get("agent.stale"), text.get("agent.alreadyDeleted", form.getUserName()))) {
                return null;
            }
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/user-setup/agents?faces-redirect=true";
    }

    public String deleteQuestion() {
        return text.get("agent.delete.question", form.getUserName());
    }

    /** Attributes to add: one page of the attribute search, without those the agent already holds. */
    public List<AttributeView> completeAttribute(String typed) {
        return Suggestions.attributes(attributeService, typed, form.attributeIds());
    }

    /** Adds the picked attribute with its default value. */
    public void addAttribute(SelectEvent<Long> event) {
        attributePick = null;
        if (event.getObject() == null || form.attributeIds().contains(event.getObject())) {
            return;
        }
        try {
            form.getAttributes().add(AttributeValueRow.picked(attributeService.get(event.getObject())));
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("agent.attributeGone"));
        }
    }

    public void removeAttribute(AttributeValueRow row) {
        form.getAttributes().remove(row);
    }

    /** Each error beside its input: attributes[i].* beside the value editor of row i, the rest by field name. */
    private void fieldErrors(List<FieldError> errors) {
        List<AttributeValueRow> rows = form.getAttributes();
        List<FieldError> rest = RowErrors.place(faces, errors, "attributes", FORM + ":tabs:attributesTable",
                i -> i < rows.size() ? rows.get(i).editorId() : null);
        messages.fieldErrors(FORM, rest, AgentBean::inputFor);
        messages.refused();
    }

    private static String inputFor(String field) {
        return switch (field) {
            case "teamId" -> TABS + "team";
            case "attributes" -> TABS + "attributePicker";
            default -> TABS + field;
        };
    }

    /** The teams the Team tab offers (the first {@value Suggestions#TEAMS} by name, and the agent's own). */
    public List<Ref> getTeams() {
        if (teams == null) {
            List<Ref> all = new ArrayList<>();
            for (TeamSummary t : Suggestions.teams(teamService)) {
                all.add(new Ref(t.id(), t.name()));
            }
            if (form.getTeamId() != null && all.stream().noneMatch(t -> t.id() == form.getTeamId())) {
                all.add(0, new Ref(form.getTeamId(), form.getTeamName()));
            }
            teams = all;
        }
        return teams;
    }

    public boolean isReadOnly() {
        return !faces.getExternalContext().isUserInRole(Role.ADMINISTRATOR);
    }

    /** An administrator edits everything; a supervisor the attribute values of an agent it can see. */
    public boolean isAttributesEditable() {
        return !isReadOnly() || !form.isNew() && faces.getExternalContext().isUserInRole(Role.SUPERVISOR);
    }

    public String getTitle() {
        return form.isNew() ? text.get("agent.page.new") : text.get("agent.page.edit", form.getUserName());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AgentForm getForm() { return form; }
    public boolean isMissing() { return missing; }
    public Long getAttributePick() { return attributePick; }
    public void setAttributePick(Long attributePick) { this.attributePick = attributePick; }
}
