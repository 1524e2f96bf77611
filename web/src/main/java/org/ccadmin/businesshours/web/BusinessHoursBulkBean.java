package org.ccadmin.businesshours.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.businesshours.application.BusinessHourInput;
import org.ccadmin.businesshours.application.BusinessHourService;
import org.ccadmin.businesshours.application.BusinessHourView;
import org.ccadmin.businesshours.domain.ScheduleText;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;

/**
 * Edit > Status and Edit > Schedule of the business hours selected on the list, in one call of the same service
 * as {@code POST /api/v1/business-hours/status|schedule}: all or none. The changeStamps the rows were shown with
 * go along, so a business hour changed or deleted by someone else since refuses the change and is named. The
 * outcome stays on the page ({@link #getResult()}): which business hours were changed, or why none was.
 */
@Named
@ViewScoped
public class BusinessHoursBulkBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String STATUS_FORM = "statusForm";
    static final String SCHEDULE_FORM = "scheduleForm";

    @Inject
    private BusinessHourService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private List<BusinessHourView.Summary> selected = new ArrayList<>();
    /** The selection the open dialog applies to, fixed when it opened. */
    private List<BusinessHourView.Summary> target = List.of();
    private String status = "CALENDAR";
    private Integer statusReasonCode;
    private String timeZone = "UTC";
    private String type = "CUSTOM";
    private final ArrayList<BusinessHourForm.Regular> regular = new ArrayList<>();
    private final ArrayList<String> result = new ArrayList<>();
    private boolean resultFailed;

    public void openStatus() {
        target = List.copyOf(selected);
        status = "CALENDAR";
        statusReasonCode = null;
    }

    public void openSchedule() {
        target = List.copyOf(selected);
        BusinessHourView.Summary first = target.isEmpty() ? null : target.get(0);
        timeZone = first == null ? "UTC" : first.timeZone();
        type = "CUSTOM";
        regular.clear();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            regular.add(new BusinessHourForm.Regular(day, "09:00", "17:00"));
        }
    }

    public void applyStatus() {
        apply(STATUS_FORM, () -> service.setStatus(ids(), seen(), status, "CALENDAR".equals(status) ? null : statusReasonCode));
    }

    public void applySchedule() {
        BusinessHourInput schedule = new BusinessHourInput(null, null, timeZone, type, null, null,
                regular.stream().map(r -> new ScheduleText.Regular(r.getDay(), r.getStart(), r.getEnd())).toList(), null);
        apply(SCHEDULE_FORM, () -> service.setSchedule(ids(), seen(), schedule));
    }

    private void apply(String form, java.util.function.Supplier<List<BusinessHourView>> change) {
        result.clear();
        try {
            List<BusinessHourView> changed = change.get();
            resultFailed = false;
            changed.forEach(b -> result.add(text.get("bh.bulk.changed", b.name(), text.get("bh.configured." + b.status()),
                    text.get("bh.type." + b.type()), b.timeZone())));
            selected = new ArrayList<>();
            messages.saved(text.get("bh.bulk.done", changed.size()));
        } catch (InvalidInputException e) {
            place(form, e.errors());
            refusedSummary(e.errors());
            messages.refused();
        } catch (ConflictException e) {
            messages.formError(form, e.getMessage());
            place(form, e.errors());
            refusedSummary(e.errors());
            messages.refused();
        } catch (DomainException e) {
            messages.refusedSave(form, e, f -> f, text.get("bh.stale"), e.getMessage());
        }
    }

    /** A business hour's own refusal ({@code ids[i]}, naming it) above the dialog's fields; the others beside their field. */
    private void place(String form, List<FieldError> errors) {
        for (FieldError e : errors) {
            if (e.field().startsWith("ids[")) {
                messages.formError(form, e.message());
            } else {
                messages.fieldErrors(form, List.of(BusinessHourBean.rowWise(e, text::fieldLabel)), f -> "regularHours".equals(f) ? "regularRows" : f);
            }
        }
    }

    /** The summary under the list after a refusal: nothing changed, and each refused business hour with its reason. */
    private void refusedSummary(List<FieldError> errors) {
        resultFailed = true;
        result.add(text.get("bh.bulk.nothingChanged"));
        errors.stream().filter(e -> e.field().startsWith("ids[")).forEach(e -> result.add(e.message()));
    }

    private List<Long> ids() {
        return target.stream().map(BusinessHourView.Summary::id).toList();
    }

    private Map<Long, Long> seen() {
        Map<Long, Long> seen = new LinkedHashMap<>();
        target.forEach(b -> seen.put(b.id(), b.changeStamp()));
        return seen;
    }

    public void addRegular() {
        regular.add(BusinessHourForm.Regular.nextFree(regular));
    }

    public void removeRegular(BusinessHourForm.Regular row) {
        regular.remove(row);
    }

    public boolean isForced() {
        return !"CALENDAR".equals(status);
    }

    public String getSelectionSummary() {
        return text.get("bh.bulk.selected", selected.size());
    }

    public String getTargetNames() {
        return String.join(", ", target.stream().map(BusinessHourView.Summary::name).toList());
    }

    public List<BusinessHourView.Summary> getSelected() { return selected; }
    public void setSelected(List<BusinessHourView.Summary> selected) { this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected); }
    public boolean isSelectionEmpty() { return selected.isEmpty(); }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Integer getStatusReasonCode() { return statusReasonCode; }
    public void setStatusReasonCode(Integer statusReasonCode) { this.statusReasonCode = statusReasonCode; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public List<BusinessHourForm.Regular> getRegular() { return regular; }
    public List<String> getResult() { return result; }
    public boolean isResultFailed() { return resultFailed; }
}
