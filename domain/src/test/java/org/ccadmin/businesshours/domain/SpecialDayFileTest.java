package org.ccadmin.businesshours.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class SpecialDayFileTest {

    private static byte[] file(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theTemplateReadsBackAndAFileRoundTrips() {
        List<SpecialDayFile.Line> lines = SpecialDayFile.read(file(SpecialDayFile.template()));
        assertEquals(2, lines.size());
        assertEquals(2, lines.get(0).line());
        List<SpecialDayEntry> days = lines.stream().map(SpecialDayFile.Line::entry).toList();
        assertEquals(SpecialDayFile.template(), SpecialDayFile.write(days));
    }

    @Test
    void aByteOrderMarkQuotedCellsAndSeveralHoursAreRead() {
        List<SpecialDayFile.Line> lines = SpecialDayFile.read(file("\uFEFFdate,repeat,status,hours,description,statusReasonCode\n"
                + "2026-11-26,yearly_weekday,closed,,\"Thanksgiving, US\",1001\n"
                + "2026-12-31,,OPEN,08:00-12:00;13:00-15:30,,1002\n"));
        assertEquals("every 4th Thursday of November", lines.get(0).entry().day().rule().toString());
        assertEquals("Thanksgiving, US", lines.get(0).entry().day().description());
        assertEquals(2, lines.get(1).entry().day().intervals().size());
        assertEquals(Repeat.NONE, lines.get(1).entry().repeat());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsRead() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpecialDayFile.read(file(
                "date,repeat,status,hours,description,statusReasonCode\n"
                        + "2026-12-25,YEARLY,CLOSED,,Christmas,1001\n"
                        + "25/12/2026,YEARLY,CLOSED,,Christmas,1001\n"
                        + "2026-12-24,NONE,OPEN,,Eve,x\n"
                        + "2026-12-31,NONE,OPEN,9-5,Eve\n"
                        + "2026-12-30,SOMETIMES,CLOSED,,,1001\n")));
        List<String> messages = e.errors().stream().map(FieldError::message).toList();
        assertEquals(List.of(
                "Line 3: date must be a date YYYY-MM-DD, not '25/12/2026'.",
                "Line 4: statusReasonCode must be a whole number, not 'x'.",
                "Line 4: An open special day needs its hours (a start and an end).",
                "Line 4: statusReasonCode is required.",
                "Line 5: 5 columns where the header has 6.",
                "Line 6: repeat must be one of NONE, YEARLY, YEARLY_WEEKDAY, YEARLY_LAST_WEEKDAY, not 'SOMETIMES'."), messages);
    }

    @Test
    void aLineWhoseSystemReasonContradictsItsStatusIsReportedWithItsNumber() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpecialDayFile.read(file(
                "date,repeat,status,hours,description,statusReasonCode\n"
                        + "2026-12-25,YEARLY,CLOSED,,Christmas,2\n"
                        + "2026-12-26,YEARLY,CLOSED,,Boxing Day,1\n"
                        + "2026-12-24,NONE,OPEN,09:00-13:00,Eve,2\n")));
        assertEquals(List.of(
                "Line 3: statusReasonCode 1 \"Open as per regular hours\" means open; a closed special day (holiday) needs a reason that "
                        + "means closed (2 \"Closed as per regular hours\") or one of your own (1001 to 65535).",
                "Line 4: statusReasonCode 2 \"Closed as per regular hours\" means closed; an open special day needs a reason that means "
                        + "open (1 \"Open as per regular hours\", 3 \"Open 24x7\") or one of your own (1001 to 65535)."),
                e.errors().stream().map(FieldError::message).toList());
    }

    @Test
    void aLineNamingAnUnknownStatusReasonIsReportedWithTheFormatErrorsOfTheOthers() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpecialDayFile.read(file(
                "date,repeat,status,hours,description,statusReasonCode\n"
                        + "2027-02-30,NONE,CLOSED,,Bad date,1001\n"
                        + "2027-03-01,NONE,CLOSED,,Unknown reason,999\n"
                        + "2027-03-02,NONE,CLOSED,,Fine,1001\n"), codes -> codes.contains(999) ? java.util.Set.of(999) : java.util.Set.of()));
        List<String> messages = e.errors().stream().map(FieldError::message).toList();
        assertEquals(2, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("Line 2: "), messages::toString);
        assertEquals("Line 3: no status reason with code 999 exists; create it under Status Reasons first.", messages.get(1));
    }

    @Test
    void aWrongHeaderIsRefusedOnLineOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpecialDayFile.read(file("date,status\n2026-12-25,CLOSED\n")));
        assertEquals("Line 1: the header must be date,repeat,status,hours,description,statusReasonCode; it is date,status.",
                e.errors().get(0).message());
    }

    @Test
    void mergeReplacesTheDaysOfTheFilesDatesAndKeepsTheOthers() {
        SpecialDayEntry a = new SpecialDayEntry(LocalDate.of(2026, 1, 1), Repeat.NONE,
                SpecialDay.closed(new DateRule.Once(LocalDate.of(2026, 1, 1)), "old", 1001));
        SpecialDayEntry b = new SpecialDayEntry(LocalDate.of(2026, 2, 1), Repeat.NONE,
                SpecialDay.closed(new DateRule.Once(LocalDate.of(2026, 2, 1)), "kept", 1001));
        SpecialDayEntry a2 = new SpecialDayEntry(LocalDate.of(2026, 1, 1), Repeat.NONE,
                SpecialDay.closed(new DateRule.Once(LocalDate.of(2026, 1, 1)), "new", 1002));
        assertEquals(List.of(a2, b), SpecialDayFile.Mode.MERGE.combine(List.of(a, b), List.of(a2)));
        assertEquals(List.of(a2), SpecialDayFile.Mode.REPLACE.combine(List.of(a, b), List.of(a2)));
    }
}
