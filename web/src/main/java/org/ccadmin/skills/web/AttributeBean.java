package org.ccadmin.skills.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.shared.web.PagedModel;
import org.ccadmin.skills.application.AttributeHolderView;
import org.ccadmin.skills.application.AttributeService;
import org.ccadmin.skills.application.AttributeView;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeType;

/**
 * The attribute page ({@code /organization/attribute.xhtml?id=…}; no id creates one): the General tab, and
 * the Members tab, a lazy table over the agents holding the attribute (one page at a time, so it works the
 * same with 72,000 holders).
 */
@Named
@ViewScoped
public class AttributeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "attributeForm";
    private static final Set<String> HOLDER_SORTABLE = Set.of("userName", "agentId", "firstName", "lastName", "value");

    @Inject
    private AttributeService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    @Inject
    private FacesContext faces;

    private Long id;
    private AttributeForm form = AttributeForm.blank();
    private boolean missing;
    private String memberQuery;

    private final PagedModel<AttributeHolderView> holders = new PagedModel<>(HOLDER_SORTABLE, "userName") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<AttributeHolderView> fetch(PageRequest request) {
            if (form.isNew()) {
                return new Page<>(List.of(), 0, request);
            }
            try {
                return service.holders(form.getId(), getText(), request);
            } catch (ResourceNotFoundException e) {
                return new Page<>(List.of(), 0, request);
            }
        }

        @Override
        protected long idOf(AttributeHolderView row) {
            return row.id();
        }
    };

    public void load() {
        if (id == null) {
            form = AttributeForm.blank();
            return;
        }
        try {
            form = AttributeForm.of(service.get(id));
        } catch (ResourceNotFoundException e) {
            missing = true;
        }
    }

    public void reload() {
        if (form.isNew()) {
            return;
        }
        try {
            form = AttributeForm.of(service.get(form.getId()));
            messages.formInfo(FORM, text.get("attr.reloaded"));
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("attr.gone", form.getName()));
        }
    }

    public String save() {
        if (isReadOnly()) {
            return null;
        }
        boolean creating = form.isNew();
        try {
            AttributeView saved = creating ? service.create(form.draft())
                    : service.update(form.getId(), ChangeStamp.of(form.getChangeStamp()), form.draft());
            if (creating) {
                faces.getExternalContext().getFlash().setKeepMessages(true);
                messages.info(text.get("attr.created", saved.name()));
                return "/organization/attribute?faces-redirect=true&id=" + saved.id();
            }
            form = AttributeForm.of(saved);
            messages.saved(text.get("attr.updated", saved.name()));
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, this::inputFor, text.get("attr.stale"), text.get("attr.gone", form.getName()));
        }
        return null;
    }

    public String delete() {
        try {
            service.delete(form.getId(), ChangeStamp.of(form.getChangeStamp()));
            messages.info(text.get("attr.deleted", form.getName()));
        } catch (DomainException e) {
            if (!messages.leaveAfterRefusedDelete(FORM, e, text.get("attr.stale"), text.get("attr.alreadyDeleted", form.getName()))) {
                return null;
            }
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/organization/attributes?faces-redirect=true";
    }

    public String deleteQuestion() {
        return text.get("attr.delete.question", form.getName(), form.getAgentCount());
    }

    /** The Members tab's search box changed. */
    public void searchMembers(AjaxBehaviorEvent event) {
        holders.setText(memberQuery);
        PagedModel.toFirstPage(event.getComponent(), "membersTable");
    }

    private String inputFor(String field) {
        return switch (field) {
            case "defaultValue" -> "tabs:" + form.defaultEditor();
            default -> "tabs:" + field;
        };
    }

    public String valueLabel(Object value) {
        return value instanceof Boolean b ? text.get(b ? "common.true" : "common.false") : String.valueOf(value);
    }

    public String typeLabel(AttributeType type) {
        return text.get("attr.type." + type.name().toLowerCase(java.util.Locale.ROOT));
    }

    public List<AttributeType> getTypes() {
        return List.of(AttributeType.values());
    }

    public int getLevelMin() {
        return Attribute.PROFICIENCY_MIN;
    }

    public int getLevelMax() {
        return Attribute.PROFICIENCY_MAX;
    }

    public boolean isReadOnly() {
        return !faces.getExternalContext().isUserInRole(Role.ADMINISTRATOR);
    }

    public String getTitle() {
        return form.isNew() ? text.get("attr.page.new") : text.get("attr.page.edit", form.getName());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AttributeForm getForm() { return form; }
    public boolean isMissing() { return missing; }
    public PagedModel<AttributeHolderView> getHolders() { return holders; }
    public String getMemberQuery() { return memberQuery; }
    public void setMemberQuery(String memberQuery) { this.memberQuery = memberQuery; }
}
