package org.ccadmin.businesshours.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ccadmin.businesshours.application.StatusReasonService;
import org.ccadmin.businesshours.application.StatusReasonView;
import org.ccadmin.businesshours.domain.StatusReason;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.shared.web.PagedModel;

/**
 * The status reason list ({@code /organization/status-reasons.xhtml}) and its dialog. The code is entered on
 * create only (routing scripts test it); system reasons open read-only and cannot be deleted.
 */
@Named
@ViewScoped
public class StatusReasonsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "srForm";

    @Inject
    private StatusReasonService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    @Inject
    private FacesContext faces;

    private final PagedModel<StatusReasonView> reasons = new PagedModel<>(StatusReason.SORTABLE, "code") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<StatusReasonView> fetch(PageRequest request) {
            return service.search(request);
        }

        @Override
        protected long idOf(StatusReasonView row) {
            return row.id();
        }
    };

    private String query;
    private StatusReasonForm form = StatusReasonForm.blank();
    private boolean readOnly;

    public void search() {
        reasons.setText(query);
        PagedModel.toFirstPage("srTable");
    }

    public void create() {
        form = StatusReasonForm.blank();
        readOnly = false;
    }

    public void open(StatusReasonView row) {
        try {
            form = StatusReasonForm.of(service.get(row.id()));
            readOnly = form.isSystem() || !administrator();
        } catch (ResourceNotFoundException e) {
            messages.pageError(text.get("sr.gone", Integer.toString(row.code())));
            messages.refused();
        }
    }

    public void save() {
        if (readOnly) {
            return;
        }
        try {
            boolean creating = form.isNew();
            StatusReasonView saved = creating ? service.create(form.getCode(), form.getText())
                    : service.update(form.getId(), ChangeStamp.of(form.getChangeStamp()), null, form.getText() == null ? "" : form.getText());
            form = StatusReasonForm.of(saved);
            messages.saved(text.get(creating ? "sr.created" : "sr.updated", Integer.toString(saved.code())));
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, field -> field, text.get("sr.stale"), text.get("sr.gone", String.valueOf(form.getCode())));
        }
    }

    public String deleteQuestion(StatusReasonView row) {
        return text.get("sr.delete.question", Integer.toString(row.code()), row.text());
    }

    public void delete(StatusReasonView row) {
        try {
            service.delete(row.id(), ChangeStamp.of(row.changeStamp()));
            messages.info(text.get("sr.deleted", Integer.toString(row.code())));
        } catch (DomainException e) {
            messages.refusedDelete(e, text, text.get("sr.deleteStale", Integer.toString(row.code())),
                    text.get("sr.alreadyDeleted", Integer.toString(row.code())));
        }
    }

    private boolean administrator() {
        return faces.getExternalContext().isUserInRole(Role.ADMINISTRATOR);
    }

    public PagedModel<StatusReasonView> getReasons() { return reasons; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public StatusReasonForm getForm() { return form; }
    public boolean isReadOnly() { return readOnly; }

    public boolean isCodeEditable() {
        return form.isNew() && !readOnly;
    }

    public String getDialogTitle() {
        return readOnly ? "sr.dialog.view" : form.isNew() ? "sr.dialog.new" : "sr.dialog.edit";
    }
}
