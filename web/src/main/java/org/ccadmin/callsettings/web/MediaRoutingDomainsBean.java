package org.ccadmin.callsettings.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ccadmin.callsettings.application.MediaRoutingDomainService;
import org.ccadmin.callsettings.application.MediaRoutingDomainView;
import org.ccadmin.callsettings.domain.MediaRoutingDomain;
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
 * The media routing domain list ({@code /call-settings/media-routing-domains.xhtml}) and its dialog. The
 * dialog edits a copy ({@link MediaRoutingDomainForm}) read fresh from the service when it opens; the
 * change stamp read then is what the save presents, so a change made by someone else in between is
 * refused instead of overwritten. The built-in voice domain opens read-only.
 */
@Named
@ViewScoped
public class MediaRoutingDomainsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Id of the dialog's form; domain field names are the ids of its inputs. */
    static final String FORM = "mrdForm";

    @Inject
    private MediaRoutingDomainService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    @Inject
    private FacesContext faces;

    private final PagedModel<MediaRoutingDomainView> domains = new PagedModel<>(MediaRoutingDomain.SORTABLE, "name") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<MediaRoutingDomainView> fetch(PageRequest request) {
            return service.search(null, request);
        }

        @Override
        protected long idOf(MediaRoutingDomainView row) {
            return row.id();
        }
    };

    private String query;
    private MediaRoutingDomainForm form = MediaRoutingDomainForm.blank();
    private boolean readOnly;

    /** The search text changed or was submitted: filter by it, from the first page. */
    public void search() {
        domains.setText(query);
        PagedModel.toFirstPage("mrdTable");
    }

    public void create() {
        form = MediaRoutingDomainForm.blank();
        readOnly = false;
    }

    /** Opens the dialog on the current version of the row; read-only when built in or for a non-administrator. */
    public void open(MediaRoutingDomainView row) {
        try {
            form = MediaRoutingDomainForm.of(service.get(row.id()));
            readOnly = form.isBuiltIn() || !administrator();
        } catch (ResourceNotFoundException e) {
            messages.pageError(text.get("mrd.gone", row.name()));
            messages.refused();
        }
    }

    /** Replaces the dialog's fields with the version stored now (after a stale-change refusal). */
    public void reload() {
        if (form.isNew()) {
            return;
        }
        try {
            form = MediaRoutingDomainForm.of(service.get(form.getId()));
            readOnly = form.isBuiltIn() || !administrator();
            messages.formInfo(FORM, text.get("mrd.reloaded"));
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("mrd.gone", form.getName()));
        }
    }

    public void save() {
        if (readOnly) {
            return;
        }
        try {
            boolean creating = form.isNew();
            MediaRoutingDomainView saved = creating
                    ? service.create(form.draft())
                    : service.update(form.getId(), ChangeStamp.of(form.getChangeStamp()), form.draft());
            form = MediaRoutingDomainForm.of(saved);
            messages.saved(text.get(creating ? "mrd.created" : "mrd.updated", saved.name()));
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, field -> field, text.get("mrd.stale"), text.get("mrd.gone", form.getName()));
        }
    }

    /** The question the delete confirmation asks about a row. */
    public String deleteQuestion(MediaRoutingDomainView row) {
        return text.get("mrd.delete.question", row.name());
    }

    /** Deletes the row as the table showed it: a row changed since is refused, not deleted unseen. */
    public void delete(MediaRoutingDomainView row) {
        try {
            service.delete(row.id(), ChangeStamp.of(row.changeStamp()));
            messages.info(text.get("mrd.deleted", row.name()));
        } catch (DomainException e) {
            messages.refusedDelete(e, text, text.get("mrd.deleteStale", row.name()), text.get("mrd.alreadyDeleted", row.name()));
        }
    }

    public PagedModel<MediaRoutingDomainView> getDomains() {
        return domains;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public MediaRoutingDomainForm getForm() {
        return form;
    }

    private boolean administrator() {
        return faces.getExternalContext().isUserInRole(Role.ADMINISTRATOR);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Bundle key of the dialog title. */
    public String getDialogTitle() {
        return readOnly ? "mrd.dialog.view" : form.isNew() ? "mrd.dialog.new" : "mrd.dialog.edit";
    }
}
