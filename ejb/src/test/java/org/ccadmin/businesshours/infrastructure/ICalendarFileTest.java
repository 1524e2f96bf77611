package org.ccadmin.businesshours.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.ccadmin.businesshours.domain.DateRule;
import org.ccadmin.businesshours.domain.OpenInterval;
import org.ccadmin.businesshours.domain.Repeat;
import org.ccadmin.businesshours.domain.SpecialDay;
import org.ccadmin.businesshours.domain.SpecialDayEntry;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ICalendarFileTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static byte[] bytes(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void specialDaysRoundTripWithTheirYearlyRulesHoursAndReasons() {
        List<SpecialDayEntry> days = List.of(
                new SpecialDayEntry(LocalDate.of(2026, 12, 25), Repeat.YEARLY, SpecialDay.closed(new DateRule.YearlyOn(MonthDay.of(12, 25)), "Christmas", 1001)),
                new SpecialDayEntry(LocalDate.of(2026, 11, 26), Repeat.YEARLY_WEEKDAY,
                        SpecialDay.closed(new DateRule.YearlyWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving", 1002)),
                new SpecialDayEntry(LocalDate.of(2026, 5, 25), Repeat.YEARLY_LAST_WEEKDAY,
                        SpecialDay.closed(new DateRule.YearlyWeekday(Month.MAY, -1, DayOfWeek.MONDAY), "Memorial Day", 1002)),
                new SpecialDayEntry(LocalDate.of(2026, 12, 24), Repeat.NONE, SpecialDay.open(new DateRule.Once(LocalDate.of(2026, 12, 24)),
                        List.of(OpenInterval.of("09:00", "13:00"), OpenInterval.of("22:00", "02:00")), "Eve", 1003)));
        String ics = ICalendarFile.write("Sales", BERLIN, days, Instant.parse("2026-12-03T12:00:00Z"));
        assertTrue(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"), ics);
        assertTrue(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20261225"), ics);
        assertTrue(ics.contains("X-CCADMIN-STATUS-REASON:1001"), ics);
        // RFC 5545: one DTSTAMP per event, and a VTIMEZONE for the TZID the timed events name.
        assertEquals(ics.split("BEGIN:VEVENT", -1).length - 1, ics.split("\nDTSTAMP:", -1).length - 1, ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:Europe/Berlin"), ics);
        assertEquals(days, ICalendarFile.read(ics.getBytes(StandardCharsets.UTF_8), BERLIN, null));
    }

    @Test
    void aCalendarFromElsewhereIsReadInTheBusinessHoursZone() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Example//Holidays//EN
                BEGIN:VEVENT
                UID:a@example.org
                DTSTAMP:20261201T000000Z
                DTSTART;VALUE=DATE:20270101
                DTEND;VALUE=DATE:20270102
                SUMMARY:New Year
                RRULE:FREQ=YEARLY
                END:VEVENT
                BEGIN:VEVENT
                UID:b@example.org
                DTSTAMP:20261201T000000Z
                DTSTART:20261231T080000Z
                DTEND:20261231T120000Z
                SUMMARY:Short day
                END:VEVENT
                END:VCALENDAR
                """;
        List<SpecialDayEntry> days = ICalendarFile.read(bytes(ics), BERLIN, 1001);
        assertEquals(2, days.size());
        assertEquals(Repeat.YEARLY, days.get(0).repeat());
        assertEquals(1001, days.get(0).day().reasonCode());
        assertEquals(List.of(OpenInterval.of("09:00", "13:00")), days.get(1).day().intervals(), "08:00Z is 09:00 in Berlin in winter");
    }

    @Test
    void whatCannotBeKeptIsRefusedNamingTheEvent() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Example//Holidays//EN
                BEGIN:VEVENT
                UID:a@example.org
                DTSTAMP:20261201T000000Z
                DTSTART;VALUE=DATE:20261207
                SUMMARY:Team day
                RRULE:FREQ=WEEKLY
                END:VEVENT
                BEGIN:VEVENT
                UID:b@example.org
                DTSTAMP:20261201T000000Z
                DTSTART;VALUE=DATE:20261220
                DTEND;VALUE=DATE:20261227
                SUMMARY:Winter break
                END:VEVENT
                END:VCALENDAR
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ICalendarFile.read(bytes(ics), BERLIN, 1001));
        List<String> messages = e.errors().stream().map(FieldError::message).toList();
        assertEquals(2, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("Event 1 'Team day': RRULE FREQ=WEEKLY is not a rule business hours keep"), messages::toString);
        assertEquals("Event 2 'Winter break': spans 7 days; give one event per closed day.", messages.get(1));
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> ICalendarFile.read(bytes(ics.replace("RRULE:FREQ=WEEKLY\n", "")
                .replace("DTEND;VALUE=DATE:20261227\n", "")), BERLIN, null));
        assertEquals("statusReasonCode", noReason.errors().get(0).field());
        assertEquals("Line 1: not iCalendar (RFC 5545): ", assertThrows(InvalidInputException.class,
                () -> ICalendarFile.read(bytes("hello"), BERLIN, 1)).errors().get(0).message().substring(0, 34));
    }

    @Test
    void anEventWhoseSystemReasonContradictsItsDayIsRefusedNamingTheEvent() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Example//Holidays//EN
                BEGIN:VEVENT
                UID:a@example.org
                DTSTAMP:20261201T000000Z
                DTSTART;VALUE=DATE:20270101
                SUMMARY:New Year
                END:VEVENT
                BEGIN:VEVENT
                UID:b@example.org
                DTSTAMP:20261201T000000Z
                DTSTART:20261231T080000Z
                DTEND:20261231T120000Z
                SUMMARY:Short day
                X-CCADMIN-STATUS-REASON:2
                END:VEVENT
                END:VCALENDAR
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ICalendarFile.read(bytes(ics), BERLIN, 1));
        List<String> messages = e.errors().stream().map(FieldError::message).toList();
        assertEquals(List.of("Event 1 'New Year': statusReasonCode 1 \"Open as per regular hours\" means open; a closed day (an all-day "
                        + "event) needs a reason that means closed (2 \"Closed as per regular hours\") or one of your own (1001 to 65535).",
                "Event 2 'Short day': X-CCADMIN-STATUS-REASON 2 \"Closed as per regular hours\" means closed; an open special day (a timed "
                        + "event) needs a reason that means open (1 \"Open as per regular hours\", 3 \"Open 24x7\") or one of your own "
                        + "(1001 to 65535)."), messages);
        assertEquals(2, ICalendarFile.read(bytes(ics.replace("X-CCADMIN-STATUS-REASON:2", "X-CCADMIN-STATUS-REASON:1")), BERLIN, 2).size());
    }
}
