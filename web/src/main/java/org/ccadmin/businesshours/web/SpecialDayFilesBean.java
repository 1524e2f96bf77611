package org.ccadmin.businesshours.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.ccadmin.businesshours.application.BusinessHourService;
import org.ccadmin.businesshours.application.BusinessHourView;
import org.ccadmin.businesshours.domain.SpecialDayFile;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Import and export of a business hour's special days on its page, through the same service as
 * {@code …/special-days} and {@code …/special-days.ics}: the CSV template, CSV and iCalendar exports, and an
 * upload of either (by its name: {@code .ics} is iCalendar) with merge or replace. A refused file lists every bad
 * line with its number and nothing is applied (the service applies a file whole or not at all).
 */
@Named
@ViewScoped
public class SpecialDayFilesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "filesForm";

    @Inject
    private BusinessHourService service;

    @Inject
    private BusinessHourBean page;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private transient UploadedFile file;
    private String mode = "MERGE";
    private Integer statusReasonCode;
    private final ArrayList<String> problems = new ArrayList<>();

    public void importFile() {
        problems.clear();
        if (file == null || file.getSize() == 0) {
            messages.fieldErrors(FORM, List.of(new FieldError("file", "invalidInput.fieldRequired", text.get("bh.files.noFile"))), f -> f);
            messages.refused();
            return;
        }
        long id = page.getForm().getId();
        String name = file.getFileName();
        byte[] content = file.getContent();
        boolean ics = name != null && name.toLowerCase(Locale.ROOT).endsWith(".ics");
        // The page's other tabs keep what was typed unless someone else changed the business hour meanwhile.
        boolean pageCurrent = service.get(id).changeStamp() == page.getForm().getChangeStamp();
        try {
            BusinessHourView updated = ics ? service.importICalendar(id, content, mode, statusReasonCode)
                    : service.importSpecialDays(id, content, mode);
            if (pageCurrent) {
                page.specialDaysImported(updated);
            } else {
                page.load();
            }
            messages.saved(text.get("bh.files.imported", name, updated.specialDays().size()));
        } catch (InvalidInputException e) {
            problems.add(text.get("bh.files.refused", name));
            e.errors().forEach(err -> problems.add(err.message()));
            messages.refused();
        } catch (DomainException e) {
            problems.add(text.get("bh.files.refused", name));
            problems.add(e.getMessage());
            messages.refused();
        }
    }

    public StreamedContent getTemplate() {
        return download("special-days-template.csv", "text/csv", SpecialDayFile::template);
    }

    public StreamedContent getCsv() {
        long id = page.getForm().getId();
        return download("special-days-" + page.getForm().getName() + ".csv", "text/csv", () -> service.exportSpecialDays(id));
    }

    public StreamedContent getIcs() {
        long id = page.getForm().getId();
        return download("special-days-" + page.getForm().getName() + ".ics", "text/calendar", () -> service.exportICalendar(id));
    }

    private static StreamedContent download(String name, String contentType, Supplier<String> content) {
        return DefaultStreamedContent.builder().name(name).contentType(contentType + "; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(content.get().getBytes(StandardCharsets.UTF_8))).build();
    }

    public List<String> getProblems() { return problems; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public Integer getStatusReasonCode() { return statusReasonCode; }
    public void setStatusReasonCode(Integer statusReasonCode) { this.statusReasonCode = statusReasonCode; }
}
