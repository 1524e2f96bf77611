package org.ccadmin.agents.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.agents.application.AttributeEdit;
import org.ccadmin.agents.application.AttributeEdit.Outcome;
import org.ccadmin.agents.application.AttributeEditService;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.skills.application.AttributeService;
import org.ccadmin.skills.application.AttributeView;
import org.primefaces.event.SelectEvent;

/**
 * The "Edit attributes" dialog of the agent list: attribute values to set and attributes to remove on every
 * selected agent, a preview of what that changes (per attribute, how many agents gain, change or lose it)
 * and the atomic apply. The selection comes from {@link AgentsBean}: picked ids, or the whole result of a
 * search, sent as its query. Refusals (a 51st attribute, naming agents) stay in the dialog.
 */
@Named
@ViewScoped
public class AttributeEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";

    @Inject
    private AgentsBean list;

    @Inject
    private AttributeEditService service;

    @Inject
    private AttributeService attributes;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    @Inject
    private FacesContext faces;

    private final List<AttributeValueRow> set = new ArrayList<>();
    private final List<AttributeView> remove = new ArrayList<>();
    private Long setPick;
    private Long removePick;
    private transient Outcome outcome;

    /** Opens the dialog with empty lists; refused (the dialog stays shut) when no agent is selected. */
    public void open() {
        set.clear();
        remove.clear();
        outcome = null;
        if (!list.hasSelection()) {
            messages.pageError(text.get("bulk.nothingSelected"));
            messages.refused();
        }
    }

    public List<AttributeView> complete(String typed) {
        List<Long> chosen = new ArrayList<>();
        set.forEach(r -> chosen.add(r.getAttributeId()));
        remove.forEach(a -> chosen.add(a.id()));
        return Suggestions.attributes(attributes, typed, chosen);
    }

    public void addSet(SelectEvent<Long> event) {
        AttributeView a = pick(event.getObject());
        if (a != null) {
            set.add(AttributeValueRow.picked(a));
        }
        setPick = null;
        outcome = null;
    }

    public void addRemove(SelectEvent<Long> event) {
        AttributeView a = pick(event.getObject());
        if (a != null) {
            remove.add(a);
        }
        removePick = null;
        outcome = null;
    }

    public void dropSet(AttributeValueRow row) {
        set.remove(row);
        outcome = null;
    }

    public void dropRemove(AttributeView a) {
        remove.remove(a);
        outcome = null;
    }

    /** A value changed: a preview shown before no longer describes the edit. */
    public void changed() {
        outcome = null;
    }

    public void preview() {
        run(false);
    }

    public void apply() {
        Outcome done = run(true);
        if (done != null) {
            messages.saved(text.get("bulk.applied", done.changedAgents(), done.selectedAgents()));
        }
    }

    private Outcome run(boolean write) {
        try {
            AttributeEdit edit = list.edit(set.stream().map(AttributeValueRow::assignment).toList(),
                    remove.stream().map(AttributeView::id).toList());
            outcome = write ? service.apply(edit) : service.preview(edit);
            return outcome;
        } catch (InvalidInputException e) {
            outcome = null;
            List<FieldError> rest = RowErrors.place(faces, e.errors(), "set", FORM + ":setTable",
                    i -> i < set.size() ? set.get(i).editorId() : null);
            rest = RowErrors.place(faces, rest, "remove", FORM + ":removeTable", i -> i < remove.size() ? "name" : null);
            // Errors of the edit as a whole ("set": nothing to do, too many attributes) go above the lists.
            rest.forEach(error -> messages.formError(FORM, error.message()));
            messages.refused();
            return null;
        }
    }

    private AttributeView pick(Long id) {
        if (id == null) {
            return null;
        }
        try {
            return attributes.get(id);
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("bulk.attributeGone"));
            return null;
        }
    }

    public String changeValue(AttributeEdit.Change change) {
        if (change.value() == null) {
            return text.get("bulk.removed");
        }
        return change.value() instanceof Boolean b ? text.get(b ? "common.true" : "common.false") : String.valueOf(change.value());
    }

    public String getSelectionSummary() {
        return list.getSelectionSummary();
    }

    public String getTotal() {
        return outcome == null ? null : text.get(outcome.applied() ? "bulk.total.applied" : "bulk.total.preview",
                outcome.changedAgents(), outcome.selectedAgents());
    }

    public Outcome getOutcome() { return outcome; }
    public List<AttributeValueRow> getSet() { return set; }
    public List<AttributeView> getRemove() { return remove; }
    public Long getSetPick() { return setPick; }
    public void setSetPick(Long setPick) { this.setPick = setPick; }
    public Long getRemovePick() { return removePick; }
    public void setRemovePick(Long removePick) { this.removePick = removePick; }
}
