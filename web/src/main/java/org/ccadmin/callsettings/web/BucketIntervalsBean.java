package org.ccadmin.callsettings.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.ccadmin.callsettings.application.BucketIntervalService;
import org.ccadmin.callsettings.application.BucketIntervalView;
import org.ccadmin.callsettings.domain.BucketInterval;
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
 * The bucket interval list ({@code /call-settings/bucket-intervals.xhtml}) and its dialog. The nine
 * bounds are entered on create only; editing changes name and description and leaves the bounds out.
 * The built-in interval opens read-only and has no delete button.
 */
@Named
@ViewScoped
public class BucketIntervalsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "biForm";

    @Inject
    private BucketIntervalService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    @Inject
    private FacesContext faces;

    private final PagedModel<BucketIntervalView> intervals = new PagedModel<>(BucketInterval.SORTABLE, "name") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<BucketIntervalView> fetch(PageRequest request) {
            return service.search(request);
        }

        @Override
        protected long idOf(BucketIntervalView row) {
            return row.id();
        }
    };

    private String query;
    private BucketIntervalForm form = BucketIntervalForm.blank();
    private boolean readOnly;

    /** The search text changed or was submitted: filter by it, from the first page. */
    public void search() {
        intervals.setText(query);
        PagedModel.toFirstPage("biTable");
    }

    public void create() {
        form = BucketIntervalForm.blank();
        readOnly = false;
    }

    public void open(BucketIntervalView row) {
        try {
            form = BucketIntervalForm.of(service.get(row.id()));
            readOnly = form.isBuiltIn() || !administrator();
        } catch (ResourceNotFoundException e) {
            messages.pageError(text.get("bi.gone", row.name()));
            messages.refused();
        }
    }

    public void reload() {
        if (form.isNew()) {
            return;
        }
        try {
            form = BucketIntervalForm.of(service.get(form.getId()));
            readOnly = form.isBuiltIn() || !administrator();
            messages.formInfo(FORM, text.get("bi.reloaded"));
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("bi.gone", form.getName()));
        }
    }

    public void save() {
        if (readOnly) {
            return;
        }
        try {
            boolean creating = form.isNew();
            BucketIntervalView saved = creating
                    ? service.create(form.nameText(), form.descriptionText(), form.bounds())
                    : service.update(form.getId(), ChangeStamp.of(form.getChangeStamp()), form.nameText(),
                            form.descriptionText(), null);
            form = BucketIntervalForm.of(saved);
            messages.saved(text.get(creating ? "bi.created" : "bi.updated", saved.name()));
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, BucketIntervalsBean::inputFor, text.get("bi.stale"), text.get("bi.gone", form.getName()));
        }
    }

    /** The question the delete confirmation asks about a row. */
    public String deleteQuestion(BucketIntervalView row) {
        return text.get("bi.delete.question", row.name());
    }

    /** Deletes the row as the table showed it: a row changed since is refused, not deleted unseen. */
    public void delete(BucketIntervalView row) {
        try {
            service.delete(row.id(), ChangeStamp.of(row.changeStamp()));
            messages.info(text.get("bi.deleted", row.name()));
        } catch (DomainException e) {
            messages.refusedDelete(e, text, text.get("bi.deleteStale", row.name()), text.get("bi.alreadyDeleted", row.name()));
        }
    }

    /** "10, 20, 30 s": the bounds of a row as the list shows them. */
    public String bounds(BucketIntervalView row) {
        return text.get("bi.boundsValue", row.upperBounds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /** An error on the bounds as a whole belongs beside the first bound. */
    private static String inputFor(String field) {
        return "upperBounds".equals(field) ? "upperBound1" : field;
    }

    public PagedModel<BucketIntervalView> getIntervals() {
        return intervals;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public BucketIntervalForm getForm() {
        return form;
    }

    private boolean administrator() {
        return faces.getExternalContext().isUserInRole(Role.ADMINISTRATOR);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Bounds are entered on create only. */
    public boolean isBoundsEditable() {
        return form.isNew() && !readOnly;
    }

    public String getDialogTitle() {
        return readOnly ? "bi.dialog.view" : form.isNew() ? "bi.dialog.new" : "bi.dialog.edit";
    }
}
