package org.ccadmin.businesshours.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.junit.jupiter.api.Test;

/** What the business hour page shows: rows it adds and the wording of the domain's problems. */
class BusinessHourPageTextTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.ccadmin.web.messages");

    private static Optional<String> label(String field) {
        String key = Messages.fieldKey(field);
        return BUNDLE.containsKey(key) ? Optional.of(BUNDLE.getString(key)) : Optional.empty();
    }

    private static String shown(String field, String message) {
        return BusinessHourBean.rowWise(new FieldError(field, "invalidInput", message), BusinessHourPageTextTest::label).message();
    }

    @Test
    void aRowsProblemNamesTheTableTheRowAndTheColumnAsThePageShowsThem() {
        assertEquals("Special days, row 1, status reason is required.",
                shown("specialDays[0].statusReasonCode", "specialDays[0].statusReasonCode is required."));
        assertEquals("Regular hours, row 3, end: '25:00' is not a time of day (00:00 to 23:59, or 24:00 for an end).",
                shown("regularHours[2].end", "regularHours[2].end: '25:00' is not a time of day (00:00 to 23:59, or 24:00 for an end)."));
        assertEquals("Special days, row 2, hours (start) is required (HH:MM).",
                shown("specialDays[1].intervals[0].start", "specialDays[1].intervals[0].start is required (HH:MM)."));
        assertEquals("Regular hours, row 2: Tuesday 05:00-09:00 overlaps Monday 22:00-06:00.",
                shown("regularHours[1]", "Tuesday 05:00-09:00 overlaps Monday 22:00-06:00."));
        assertEquals("specialDays", BusinessHourBean.rowWise(new FieldError("specialDays[0].date", "x", "specialDays[0].date is required."),
                BusinessHourPageTextTest::label).field(), "shown above the Special Hours table");
    }

    @Test
    void aGeneralFieldsProblemReadsWithItsLabelAndOtherMessagesStayAsTheyAre() {
        FieldError reason = new FieldError("statusReasonCode", "invalidInput.fieldRequired",
                "statusReasonCode is required when the status is forced open or closed.");
        assertEquals("Status reason is required when the status is forced open or closed.",
                FormMessages.relabelled(reason, label("statusReasonCode").orElseThrow()));
        assertEquals("A custom business hour needs regular hours on at least one day.", FormMessages.relabelled(
                new FieldError("regularHours", "x", "A custom business hour needs regular hours on at least one day."), "Regular hours"));
        assertEquals("statusReasonCodes are many", FormMessages.relabelled(new FieldError("statusReasonCode", "x", "statusReasonCodes are many"),
                "Status reason"), "only the field's whole name is replaced");
    }

    @Test
    void addIntervalOnANewBusinessHourAddsAFreeDayRatherThanAnotherMonday() {
        BusinessHourForm form = BusinessHourForm.blank();
        BusinessHourForm.Regular added = BusinessHourForm.Regular.nextFree(form.getRegular());
        assertEquals(List.of("SATURDAY", "09:00", "17:00"), List.of(added.getDay(), added.getStart(), added.getEnd()));
        List<BusinessHourForm.Regular> rows = new ArrayList<>(form.getRegular());
        rows.add(added);
        rows.add(BusinessHourForm.Regular.nextFree(rows));
        rows.add(BusinessHourForm.Regular.nextFree(rows));
        assertEquals("SUNDAY", rows.get(6).getDay());
        assertEquals(List.of("MONDAY", "17:00", "18:00"), List.of(rows.get(7).getDay(), rows.get(7).getStart(), rows.get(7).getEnd()),
                "every day has hours: the hour after Monday's");
    }

    @Test
    void aRowWhoseTimesDoNotReadYetStillKeepsItsDay() {
        List<BusinessHourForm.Regular> rows = new ArrayList<>(BusinessHourForm.blank().getRegular());
        rows.get(0).setEnd("25:00");
        rows.get(1).setStart("");
        BusinessHourForm.Regular added = BusinessHourForm.Regular.nextFree(rows);
        assertEquals(List.of("SATURDAY", "09:00", "17:00"), List.of(added.getDay(), added.getStart(), added.getEnd()));
    }
}
