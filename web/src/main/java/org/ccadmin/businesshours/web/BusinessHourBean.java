package org.ccadmin.businesshours.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccadmin.businesshours.application.BusinessHourService;
import org.ccadmin.businesshours.application.BusinessHourView;
import org.ccadmin.businesshours.application.EffectiveDayView;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;

/**
 * One business hour ({@code /organization/business-hour.xhtml?id=}): General, Regular Hours, Special Hours &
 * Holidays and the effective hours of a week, saved through the same service and rules as the REST API. A
 * problem of a general field shows beside it; a problem of a row shows above its table, naming the row.
 */
@Named
@ViewScoped
public class BusinessHourBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "hourForm";
    private static final Pattern ROW = Pattern.compile("^(regularHours|specialDays)\\[(\\d+)\\](?:\\.(\\w+))?(?:\\.\\w+\\[\\d+\\]\\.\\w+)?");

    @Inject
    private BusinessHourService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    @Inject
    private FacesContext faces;

    // Transient: the clock is not serializable and a view-scoped bean must be; after a passivation, the UTC system clock.
    @Inject
    private transient Clock clock;

    private Long id;
    private boolean missing;
    private BusinessHourForm form = BusinessHourForm.blank();
    private String weekFrom;
    private String month;
    private transient EffectiveMonth monthView;
    private transient List<EffectiveDayView> week;
    private String copyName;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            form = BusinessHourForm.of(service.get(id));
        } catch (ResourceNotFoundException e) {
            missing = true;
        }
    }

    public String save() {
        try {
            boolean creating = form.isNew();
            BusinessHourView saved = creating ? service.create(form.input())
                    : service.update(form.getId(), ChangeStamp.of(form.getChangeStamp()), form.input());
            form = BusinessHourForm.of(saved);
            week = null;
            monthView = null;
            messages.saved(text.get(creating ? "bh.created" : "bh.updated", saved.name()));
            if (creating) {
                faces.getExternalContext().getFlash().setKeepMessages(true);
                return "/organization/business-hour?faces-redirect=true&id=" + saved.id();
            }
        } catch (InvalidInputException e) {
            messages.fieldErrors(FORM, e.errors().stream().map(err -> rowWise(err, text::fieldLabel)).toList(), BusinessHourBean::inputFor);
            messages.refused();
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, BusinessHourBean::inputFor, text.get("bh.stale"), text.get("bh.gone", form.getName()));
        }
        return null;
    }

    /** Copies the saved business hour under {@link #copyName} and opens the copy. */
    public String copy() {
        try {
            BusinessHourView copy = service.copy(form.getId(), copyName, null);
            messages.saved(text.get("bh.copied", form.getName(), copy.name()));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/organization/business-hour?faces-redirect=true&id=" + copy.id();
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, f -> "name".equals(f) ? "copyName" : f, text.get("bh.stale"), text.get("bh.gone", form.getName()));
            return null;
        }
    }

    /**
     * A row's problem, worded for the page with the labels of its table and column ({@code labels}, the bundle's
     * {@code field.*} keys): "Regular hours, row 3, end: '25:00' is not a time of day …", "Special days, row 1,
     * status reason is required."; without a label, the field's own name.
     */
    static FieldError rowWise(FieldError e, Function<String, Optional<String>> labels) {
        Matcher m = ROW.matcher(e.field());
        if (!m.find()) {
            return e;
        }
        String table = m.group(1);
        String where = labels.apply(table).orElse(table) + ", row " + (Integer.parseInt(m.group(2)) + 1);
        if (!e.message().startsWith(e.field())) {
            return new FieldError(table, e.code(), where + ": " + e.message());
        }
        if (e.field().length() == m.end(2) + 1) {
            return new FieldError(table, e.code(), where + ": " + e.message().substring(e.field().length()).replaceFirst("^[: ]+", ""));
        }
        String column = labels.apply(e.field()).map(BusinessHourBean::inSentence).orElse(e.field().substring(m.end(2) + 2));
        return new FieldError(table, e.code(), where + ", " + column + e.message().substring(e.field().length()));
    }

    private static String inSentence(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String inputFor(String field) {
        return switch (field) {
            case "regularHours" -> "tabs:regularRows";
            case "specialDays" -> "tabs:specialRows";
            case "name", "description", "timeZone", "type", "status", "statusReasonCode" -> "tabs:" + field;
            default -> field;
        };
    }

    public void addRegular() {
        form.getRegular().add(BusinessHourForm.Regular.nextFree(form.getRegular()));
    }

    public void removeRegular(BusinessHourForm.Regular row) {
        form.getRegular().remove(row);
    }

    public void addSpecial() {
        form.getSpecial().add(new BusinessHourForm.Special(today().plusDays(1).toString(), "NONE", "CLOSED", "", null, null));
    }

    public void removeSpecial(BusinessHourForm.Special row) {
        form.getSpecial().remove(row);
    }

    /** The effective hours of seven days from {@link #weekFrom} (default: today in the business hour's zone). */
    public List<EffectiveDayView> getWeek() {
        if (week == null && !form.isNew()) {
            try {
                LocalDate from = weekFrom == null || weekFrom.isBlank() ? today() : LocalDate.parse(weekFrom.strip());
                week = service.effective(form.getId(), from, from.plusDays(6));
            } catch (java.time.format.DateTimeParseException e) {
                messages.formError(FORM, text.get("bh.week.badDate", weekFrom));
                week = List.of();
            }
        }
        return week;
    }

    public void showWeek() {
        week = null;
    }

    /**
     * The effective hours of {@link #month} (default: this month in the business hour's zone) as a calendar grid;
     * null, with the reason above the form, when the month typed is not one.
     */
    public EffectiveMonth getMonthView() {
        if (monthView == null && !form.isNew()) {
            YearMonth m = shownMonth();
            if (m != null) {
                monthView = EffectiveMonth.of(m, ZoneId.of(form.getSavedTimeZone()), range -> service.effective(form.getId(), range[0], range[1]));
            }
        }
        return monthView;
    }

    private YearMonth shownMonth() {
        try {
            return month == null || month.isBlank() ? YearMonth.from(today()) : YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            messages.fieldErrors(FORM, List.of(new FieldError("month", "invalidInput.wrongType", text.get("bh.month.badMonth", month))), f -> "tabs:month");
            return null;
        }
    }

    public void showMonth() {
        monthView = null;
    }

    public void previousMonth() {
        moveMonth(-1);
    }

    public void nextMonth() {
        moveMonth(1);
    }

    private void moveMonth(int by) {
        YearMonth m = shownMonth();
        if (m != null) {
            month = m.plusMonths(by).toString();
            monthView = null;
        }
    }

    /**
     * After an import of special days into the saved business hour: the Special Hours table shows what is stored
     * now, and the form carries the new changeStamp, so a later save of the other tabs is not refused as stale.
     */
    void specialDaysImported(BusinessHourView updated) {
        form.replaceSpecialDays(updated);
        week = null;
        monthView = null;
    }

    private LocalDate today() {
        return (clock == null ? Clock.systemUTC() : clock).instant().atZone(ZoneId.of(form.getSavedTimeZone())).toLocalDate();
    }

    public String spans(EffectiveDayView day) {
        if (day.spans().isEmpty()) {
            return text.get("bh.closed");
        }
        return String.join(", ", day.spans().stream().map(s -> s.wallStart() + "–" + s.wallEnd()
                + (s.startOffset().equals(s.endOffset()) ? "" : " (" + s.startOffset() + " → " + s.endOffset() + ")")
                + (s.minutes() % 60 == 0 ? " · " + s.minutes() / 60 + " h" : " · " + s.minutes() / 60 + " h " + s.minutes() % 60 + " min")).toList());
    }

    public boolean isAdmin() {
        return faces.getExternalContext().isUserInRole(Role.ADMINISTRATOR);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isMissing() { return missing; }
    public BusinessHourForm getForm() { return form; }
    public String getWeekFrom() { return weekFrom; }
    public void setWeekFrom(String weekFrom) { this.weekFrom = weekFrom; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getCopyName() { return copyName; }
    public void setCopyName(String copyName) { this.copyName = copyName; }

    public String getTitle() {
        return form.isNew() ? text.get("bh.page.new") : text.get("bh.page.edit", form.getName());
    }
}
