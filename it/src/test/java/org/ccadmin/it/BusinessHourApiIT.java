package org.ccadmin.it;

import static org.ccadmin.it.JsonBody.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Business hours, status reasons and time zones over REST: a schedule reads back as written, every rule is
 * reported at once under its field, effective hours are exact across daylight-saving changes, forced status,
 * copy and edit of several at once, and status reasons (reserved codes, uniqueness, in use).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BusinessHourApiIT {

    static final String HOURS = "api/v1/business-hours";
    static final String REASONS = "api/v1/status-reasons";
    /** The modelled system's limit: at most 1,000 business hours. */
    static final int MAX_BUSINESS_HOURS = 1000;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private TestData data;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        data = new TestData(api);
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    private int reason(String text) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int code = ThreadLocalRandom.current().nextInt(1001, 65536);
            ApiResponse r = api.post(REASONS, JsonBody.of("code", code, "text", text));
            if (r.status() == 201) {
                data.track(r.location());
                return code;
            }
            assertEquals(409, r.status(), r::toString);
        }
        throw new AssertionError("no free status reason code");
    }

    private static JsonObject regular(String day, String start, String end) {
        return object("day", day, "start", start, "end", end);
    }

    private JsonObject create(Object... fields) {
        ApiResponse r = data.track(api.post(HOURS, JsonBody.of(fields)));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    @Test
    void aScheduleReadsBackAsWrittenWithItsStatusNow() {
        int christmas = reason("Christmas");
        int eve = reason("Christmas Eve hours");
        String name = Unique.name("Sales");
        JsonObject created = create("name", name, "description", "Sales line", "timeZone", "America/New_York", "type", "custom",
                "regularHours", List.of(regular("monday", "09:00", "17:00"), regular("FRIDAY", "22:00", "06:00")),
                "specialDays", List.of(
                        object("date", "2026-12-25", "repeat", "YEARLY", "status", "CLOSED", "description", "Christmas", "statusReasonCode", christmas),
                        object("date", "2026-11-26", "repeat", "YEARLY_WEEKDAY", "status", "closed", "statusReasonCode", christmas),
                        object("date", "2026-12-24", "status", "OPEN", "intervals", List.of(object("start", "11:00", "end", "24:00")),
                                "statusReasonCode", eve)));
        JsonObject read = api.get(TestData.item(HOURS, created)).json();
        assertEquals(name, read.getString("name"));
        assertEquals("CUSTOM", read.getString("type"));
        assertEquals("CALENDAR", read.getString("status"));
        JsonArray regular = read.getJsonArray("regularHours");
        assertEquals("MONDAY", regular.getJsonObject(0).getString("day"));
        assertEquals("06:00", regular.getJsonObject(1).getString("end"));
        JsonArray special = read.getJsonArray("specialDays");
        assertEquals("every 25 December", special.getJsonObject(0).getString("rule"));
        assertEquals("every 4th Thursday of November", special.getJsonObject(1).getString("rule"));
        assertEquals("2026-12-24", special.getJsonObject(2).getString("date"));
        assertEquals("24:00", special.getJsonObject(2).getJsonArray("intervals").getJsonObject(0).getString("end"));
        JsonObject status = read.getJsonObject("runtimeStatus");
        assertTrue(status.containsKey("open") && status.containsKey("reasonCode") && status.containsKey("until"), status::toString);
        assertEquals(status, api.get(TestData.item(HOURS, created) + "/status").json());
    }

    @Test
    void everyProblemIsReportedAtOnceUnderItsField() {
        ApiResponse r = api.post(HOURS, JsonBody.of("name", "bad name!", "timeZone", "Mars/Olympus", "type", "custom", "status", "FORCE_CLOSE",
                "regularHours", List.of(regular("monday", "22:00", "06:00"), regular("tuesday", "05:00", "09:00"), regular("someday", "25:00", "10:00")),
                "specialDays", List.of(object("date", "2026-12-31", "repeat", "YEARLY_WEEKDAY", "status", "closed", "statusReasonCode", 64999),
                        object("date", "2026-02-30", "status", "open", "statusReasonCode", 2))));
        assertEquals(400, r.status(), r::toString);
        List<String> fields = r.errorFields();
        for (String f : List.of("name", "timeZone", "statusReasonCode", "regularHours[1]", "regularHours[2].day", "regularHours[2].start",
                "specialDays[0].repeat", "specialDays[0].statusReasonCode", "specialDays[1].date", "specialDays[1].intervals")) {
            assertTrue(fields.contains(f), () -> f + " in " + r);
        }
        assertTrue(r.body().contains("is the 5th Thursday of its month"), r::toString);
        // Only the schedule's own rules left: in the order they are checked.
        ApiResponse rules = api.post(HOURS, JsonBody.of("name", Unique.name("Rules"), "timeZone", "Mars/Olympus", "type", "custom", "status", "FORCE_CLOSE",
                "regularHours", List.of(regular("monday", "22:00", "06:00"), regular("tuesday", "05:00", "09:00"))));
        assertEquals(400, rules.status(), rules::toString);
        assertEquals(List.of("timeZone", "statusReasonCode", "regularHours[1]"), rules.errorFields(), rules::toString);
        assertTrue(rules.body().contains("Tuesday 05:00-09:00 overlaps Monday 22:00-06:00."), rules::toString);
        assertEquals(0, api.get(HOURS + "?q=Rules&size=1").json().getInt("total"), "nothing was stored");
    }

    @Test
    void effectiveHoursAreExactAcrossTheClockChanges() {
        JsonObject spring = create("name", Unique.name("Spring"), "timeZone", "America/New_York", "type", "CUSTOM",
                "regularHours", List.of(regular("SUNDAY", "01:30", "03:00"), regular("SUNDAY", "04:00", "06:00")));
        JsonArray march = api.get(TestData.item(HOURS, spring) + "/effective?from=2026-03-08&to=2026-03-08").jsonArray();
        JsonObject span = march.getJsonObject(0).getJsonArray("spans").getJsonObject(0);
        assertEquals("2026-03-08T06:30:00Z", span.getString("start"));
        assertEquals("2026-03-08T07:00:00Z", span.getString("end"));
        assertEquals(30, span.getInt("minutes"), "shortened by the skipped hour, not shifted");
        assertEquals("-05:00", span.getString("startOffset"));
        assertEquals("-04:00", span.getString("endOffset"));

        JsonObject fall = create("name", Unique.name("Fall"), "timeZone", "America/New_York", "type", "CUSTOM",
                "regularHours", List.of(regular("SUNDAY", "00:30", "02:30")));
        JsonObject november = api.get(TestData.item(HOURS, fall) + "/effective?from=2026-11-01&to=2026-11-07").jsonArray().getJsonObject(0);
        assertEquals(180, november.getJsonArray("spans").getJsonObject(0).getInt("minutes"), "the repeated hour is open too");

        JsonObject lordHowe = create("name", Unique.name("LordHowe"), "timeZone", "Australia/Lord_Howe", "type", "TWENTY_FOUR_SEVEN");
        JsonObject october = api.get(TestData.item(HOURS, lordHowe) + "/effective?from=2026-10-04&to=2026-10-04").jsonArray().getJsonObject(0);
        assertEquals(23 * 60 + 30, october.getJsonArray("spans").getJsonObject(0).getInt("minutes"), "a half-hour change");
        assertEquals("TWENTY_FOUR_SEVEN", october.getString("source"));
        assertEquals("Open 24x7", october.getString("reasonText"));

        ApiResponse reversed = api.get(TestData.item(HOURS, fall) + "/effective?from=2026-11-07&to=2026-11-01");
        assertEquals(400, reversed.status());
        assertEquals(List.of("to"), reversed.errorFields());
        assertEquals(List.of("from"), api.get(TestData.item(HOURS, fall) + "/effective?from=tomorrow&to=2026-11-01").errorFields());
        assertEquals(400, api.get(TestData.item(HOURS, fall) + "/effective?from=2026-01-01&to=2027-01-02").status(), "367 days");
    }

    @Test
    void aForcedStatusNeedsAReasonAndSeveralCanBeSetAtOnce() {
        int storm = reason("Storm");
        JsonObject a = create("name", Unique.name("A"), "timeZone", "Europe/Berlin", "type", "TWENTY_FOUR_SEVEN");
        JsonObject b = create("name", Unique.name("B"), "timeZone", "Asia/Kolkata", "type", "CUSTOM",
                "regularHours", List.of(regular("MONDAY", "09:00", "17:00")));
        assertTrue(a.getJsonObject("runtimeStatus").getBoolean("open"), "24x7 is open");

        ApiResponse noReason = api.post(HOURS + "/status", JsonBody.of("ids", List.of(a.getJsonNumber("id").longValue()), "status", "FORCE_CLOSE"));
        assertEquals(List.of("statusReasonCode"), noReason.errorFields(), noReason::toString);
        ApiResponse forced = api.post(HOURS + "/status", JsonBody.of("ids", List.of(a.getJsonNumber("id").longValue(), b.getJsonNumber("id").longValue()),
                "status", "FORCE_CLOSE", "statusReasonCode", storm));
        assertEquals(200, forced.status(), forced::toString);
        for (JsonObject h : List.of(a, b)) {
            JsonObject status = api.get(TestData.item(HOURS, h)).json().getJsonObject("runtimeStatus");
            assertFalse(status.getBoolean("open"));
            assertEquals(storm, status.getInt("reasonCode"));
            assertEquals("Storm", status.getString("reasonText"));
            assertEquals("FORCED", status.getString("source"));
        }
        ApiResponse missing = api.post(HOURS + "/status", JsonBody.of("ids", List.of(a.getJsonNumber("id").longValue(), 999_999L), "status", "CALENDAR"));
        assertEquals(404, missing.status(), missing::toString);
        assertEquals("FORCE_CLOSE", api.get(TestData.item(HOURS, a)).json().getString("status"), "all or none");

        ApiResponse inUse = api.delete(REASONS + "/" + reasonId(storm) + "?changeStamp=0");
        assertEquals(409, inUse.status(), inUse::toString);
        assertTrue(inUse.body().contains(a.getString("name")) && inUse.body().contains(b.getString("name")), inUse::toString);

        ApiResponse back = api.post(HOURS + "/status", JsonBody.of("ids", List.of(a.getJsonNumber("id").longValue()), "status", "CALENDAR"));
        assertEquals(200, back.status(), back::toString);
        JsonObject calendar = api.get(TestData.item(HOURS, a)).json();
        assertEquals("CALENDAR", calendar.getString("status"));
        assertFalse(calendar.containsKey("statusReasonCode") && !calendar.isNull("statusReasonCode"), "no reason without a force");
    }

    @Test
    void aCopyHasTheScheduleUnderANewName() {
        JsonObject original = create("name", Unique.name("Orig"), "timeZone", "Australia/Sydney", "type", "CUSTOM",
                "regularHours", List.of(regular("MONDAY", "08:00", "12:00"), regular("MONDAY", "13:00", "17:00")));
        String name = Unique.name("Copy");
        ApiResponse copy = data.track(api.post(TestData.item(HOURS, original) + "/copy", JsonBody.of("name", name)));
        assertEquals(201, copy.status(), copy::toString);
        JsonObject read = api.get(copy.location()).json();
        assertEquals(name, read.getString("name"));
        assertEquals(original.getJsonArray("regularHours"), read.getJsonArray("regularHours"));
        assertEquals("Australia/Sydney", read.getString("timeZone"));
        assertEquals(409, api.post(TestData.item(HOURS, original) + "/copy", JsonBody.of("name", name)).status(), "duplicate name");

        ApiResponse schedule = api.post(HOURS + "/schedule", JsonBody.of("ids", List.of(original.getJsonNumber("id").longValue(), read.getJsonNumber("id").longValue()),
                "timeZone", "Pacific/Auckland", "type", "CUSTOM", "regularHours", List.of(regular("TUESDAY", "07:00", "19:00"))));
        assertEquals(200, schedule.status(), schedule::toString);
        JsonObject after = api.get(copy.location()).json();
        assertEquals("Pacific/Auckland", after.getString("timeZone"));
        assertEquals("TUESDAY", after.getJsonArray("regularHours").getJsonObject(0).getString("day"));
        assertEquals(name, after.getString("name"), "name kept");
    }

    @Test
    void aScheduleForSeveralIsRefusedWholeNamingEachBusinessHourThatCannotTakeIt() {
        int closed = reason("Closure");
        JsonObject small = create("name", Unique.name("Small"), "timeZone", "UTC", "type", "TWENTY_FOUR_SEVEN");
        List<Object> days = new java.util.ArrayList<>();
        for (int d = 0; d < 45; d++) {
            days.add(object("date", java.time.LocalDate.of(2027, 1, 1).plusDays(d).toString(), "status", "CLOSED", "statusReasonCode", closed));
        }
        JsonObject full = create("name", Unique.name("Full"), "timeZone", "UTC", "type", "TWENTY_FOUR_SEVEN", "specialDays", days);
        List<Object> ten = new java.util.ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            ten.add(regular(day, "08:00", "12:00"));
            ten.add(regular(day, "13:00", "17:00"));
        }
        ApiResponse r = api.post(HOURS + "/schedule", JsonBody.of("ids", List.of(small.getJsonNumber("id").longValue(), full.getJsonNumber("id").longValue()),
                "type", "CUSTOM", "regularHours", ten));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("ids[1]"), r.errorFields(), r::toString);
        assertTrue(r.body().contains(full.getString("name") + ": A business hour has at most 50 schedule entries"), r::toString);
        assertEquals("TWENTY_FOUR_SEVEN", api.get(TestData.item(HOURS, small)).json().getString("type"), "all or none");

        ApiResponse overlap = api.post(HOURS + "/schedule", JsonBody.of("ids", List.of(small.getJsonNumber("id").longValue()),
                "type", "CUSTOM", "regularHours", List.of(regular("MONDAY", "08:00", "12:00"), regular("MONDAY", "11:00", "13:00"))));
        assertEquals(List.of("regularHours[1]"), overlap.errorFields(), "a rule of the request is reported once, under its field: " + overlap);
    }

    @Test
    void atMostOneThousandBusinessHoursAndACopyCountsToo() {
        long existing = api.get(HOURS + "?size=1").json().getJsonNumber("total").longValue();
        JsonObject last = null;
        for (long n = existing; n < MAX_BUSINESS_HOURS; n++) {
            last = create("name", Unique.name("Limit"), "timeZone", "UTC", "type", "TWENTY_FOUR_SEVEN");
        }
        assertEquals(MAX_BUSINESS_HOURS, api.get(HOURS + "?size=1").json().getJsonNumber("total").longValue());

        ApiResponse more = data.track(api.post(HOURS, JsonBody.of("name", Unique.name("OneTooMany"), "timeZone", "UTC", "type", "TWENTY_FOUR_SEVEN")));
        assertEquals(409, more.status(), more::toString);
        assertEquals("limitExceeded", more.json().getString("code"), more::toString);
        assertTrue(more.json().getString("detail").contains("1000"), more::toString);
        ApiResponse copy = data.track(api.post(TestData.item(HOURS, last) + "/copy", JsonBody.of("name", Unique.name("CopyTooMany"))));
        assertEquals(409, copy.status(), copy::toString);

        api.request("DELETE", TestData.item(HOURS, last)).header("If-Match", api.get(TestData.item(HOURS, last)).etag()).send();
        assertEquals(201, data.track(api.post(HOURS, JsonBody.of("name", Unique.name("Room"), "timeZone", "UTC", "type", "TWENTY_FOUR_SEVEN"))).status(),
                "a deleted business hour makes room for one more");
    }

    @Test
    void atMostFiftyScheduleEntries() {
        List<Object> regular = new java.util.ArrayList<>();
        String[] days = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};
        for (int h = 0; h < 51; h++) {
            regular.add(regular(days[h % 7], String.format("%02d:00", h / 7 * 3), String.format("%02d:30", h / 7 * 3)));
        }
        ApiResponse r = api.post(HOURS, JsonBody.of("name", Unique.name("Many"), "timeZone", "UTC", "type", "CUSTOM", "regularHours", regular));
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.body().contains("at most 50 schedule entries"), r::toString);
    }

    @Test
    void statusReasonsKeepTheSystemCodesAndUniqueUserCodes() {
        JsonArray all = api.get(REASONS + "?size=100&sort=code,asc").json().getJsonArray("items");
        JsonObject first = all.getJsonObject(0);
        assertEquals(1, first.getInt("code"));
        assertEquals("System-defined", first.getString("category"));
        assertEquals(409, api.delete(REASONS + "/" + first.getJsonNumber("id").longValue() + "?changeStamp=0").status(), "a system reason stays");
        ApiResponse reserved = api.post(REASONS, JsonBody.of("code", 999, "text", "Mine"));
        assertEquals(List.of("code"), reserved.errorFields(), reserved::toString);
        assertTrue(reserved.body().contains("1 to 1000 are reserved"), reserved::toString);
        assertEquals(List.of("code", "text"), api.post(REASONS, JsonBody.of("code", 70000, "text", " ")).errorFields());
        int code = reason("Fire drill");
        ApiResponse duplicate = api.post(REASONS, JsonBody.of("code", code, "text", "Again"));
        assertEquals(409, duplicate.status());
        long id = reasonId(code);
        ApiResponse renamed = api.put(REASONS + "/" + id, JsonBody.of("text", "Fire drill (monthly)", "changeStamp", 0));
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals(List.of("code"), api.put(REASONS + "/" + id, JsonBody.of("code", code + 1, "changeStamp", 1)).errorFields());
    }

    @Test
    void timeZonesRunWestToEastWithTheirOffsetNow() {
        JsonArray zones = api.get("api/v1/time-zones").jsonArray();
        List<String> ids = zones.getValuesAs(JsonObject.class).stream().map(z -> z.getString("id")).toList();
        assertTrue(ids.indexOf("America/New_York") < ids.indexOf("Europe/Berlin"));
        assertTrue(ids.indexOf("Europe/Berlin") < ids.indexOf("Australia/Lord_Howe"));
        assertFalse(ids.contains("Etc/GMT+5"), "region ids only");
        JsonObject kolkata = api.get("api/v1/time-zones/Asia/Kolkata").json();
        assertEquals("+05:30", kolkata.getString("currentOffset"));
        assertFalse(kolkata.getBoolean("daylightSaving"));
        assertTrue(kolkata.getString("displayName").startsWith("(UTC+05:30) India"), kolkata::toString);
        assertEquals(404, api.get("api/v1/time-zones/Mars/Olympus").status());
    }

    @Test
    void specialDaysImportByMergeOrReplaceWholeOrNotAtAllAndExportInTheSameFormat() {
        int holiday = reason("Holiday");
        JsonObject hour = create("name", Unique.name("Csv"), "timeZone", "Europe/Berlin", "type", "TWENTY_FOUR_SEVEN",
                "specialDays", List.of(object("date", "2026-05-01", "repeat", "YEARLY", "status", "CLOSED", "description", "Labour Day",
                        "statusReasonCode", holiday), object("date", "2026-12-24", "status", "OPEN",
                        "intervals", List.of(object("start", "08:00", "end", "12:00")), "statusReasonCode", holiday)));
        String days = TestData.item(HOURS, hour) + "/special-days";
        String template = api.request("GET", HOURS + "/special-days/template").header("Accept", "text/csv").send().body();
        assertTrue(template.startsWith("date,repeat,status,hours,description,statusReasonCode\r\n"), template);

        String file = "date,repeat,status,hours,description,statusReasonCode\n"
                + "2026-12-24,NONE,OPEN,09:00-13:00;14:00-16:00,\"Eve, short\"," + holiday + "\n"
                + "2026-12-25,YEARLY,CLOSED,,Christmas," + holiday + "\n";
        ApiResponse merged = api.request("POST", days + "?mode=merge").body("text/csv", file).send();
        assertEquals(200, merged.status(), merged::toString);
        JsonArray after = merged.json().getJsonArray("specialDays");
        assertEquals(List.of("2026-05-01", "2026-12-24", "2026-12-25"), after.getValuesAs(JsonObject.class).stream().map(d -> d.getString("date")).toList());
        assertEquals(2, after.getJsonObject(1).getJsonArray("intervals").size(), "the file's 24 December replaced the old one");

        String exported = csv(days);
        assertEquals("date,repeat,status,hours,description,statusReasonCode\r\n"
                + "2026-05-01,YEARLY,CLOSED,,Labour Day," + holiday + "\r\n"
                + "2026-12-24,NONE,OPEN,09:00-13:00;14:00-16:00,\"Eve, short\"," + holiday + "\r\n"
                + "2026-12-25,YEARLY,CLOSED,,Christmas," + holiday + "\r\n", exported);

        String bad = "date,repeat,status,hours,description,statusReasonCode\n"
                + "2027-01-01,YEARLY,CLOSED,,New Year," + holiday + "\n"
                + "2027-02-30,NONE,CLOSED,,,"  + holiday + "\n"
                + "2027-03-01,NONE,OPEN,10:00-09:00;09:30-11:00,,64998\n";
        ApiResponse refused = api.request("POST", days + "?mode=replace").body("text/csv", bad).send();
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().contains("Line 3: date must be a date YYYY-MM-DD, not '2027-02-30'."), refused::toString);
        assertEquals(exported, csv(days), "nothing of a refused file is applied");

        ApiResponse unknownReason = api.request("POST", days + "?mode=replace").body("text/csv",
                "date,repeat,status,hours,description,statusReasonCode\n2027-03-01,NONE,CLOSED,,,64997\n").send();
        assertEquals(400, unknownReason.status(), unknownReason::toString);
        assertTrue(unknownReason.body().contains("Line 2: no status reason with code 64997 exists"), unknownReason::toString);

        ApiResponse replaced = api.request("POST", days + "?mode=replace").body("text/csv", exported.lines().limit(2)
                .collect(java.util.stream.Collectors.joining("\n"))).send();
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals(1, replaced.json().getJsonArray("specialDays").size());
        assertEquals(List.of("mode"), api.request("POST", days + "?mode=append").body("text/csv", exported).send().errorFields());
    }

    @Test
    void holidaysRoundTripThroughICalendarAndForeignCalendarsImportWithAReason() {
        int holiday = reason("Public holiday");
        JsonObject hour = create("name", Unique.name("Ics"), "timeZone", "America/New_York", "type", "TWENTY_FOUR_SEVEN",
                "specialDays", List.of(object("date", "2026-11-26", "repeat", "YEARLY_WEEKDAY", "status", "CLOSED", "description", "Thanksgiving",
                        "statusReasonCode", holiday), object("date", "2026-12-24", "status", "OPEN",
                        "intervals", List.of(object("start", "09:00", "end", "13:00")), "description", "Eve", "statusReasonCode", holiday)));
        String days = TestData.item(HOURS, hour) + "/special-days";
        ApiResponse exported = api.request("GET", days + ".ics").header("Accept", "text/calendar").send();
        assertEquals(200, exported.status(), exported::toString);
        assertTrue(exported.contentType().startsWith("text/calendar"), exported::toString);
        assertTrue(exported.body().contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"), exported::toString);

        ApiResponse replaced = api.request("POST", days + "?mode=replace").body("text/calendar", exported.body()).send();
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals(hour.getJsonArray("specialDays"), replaced.json().getJsonArray("specialDays"), "the round trip keeps every special day");

        String foreign = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Holidays//EN",
                "BEGIN:VEVENT", "UID:j4@example.org", "DTSTAMP:20261201T000000Z", "DTSTART;VALUE=DATE:20260704", "SUMMARY:Independence Day",
                "RRULE:FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=4", "END:VEVENT", "END:VCALENDAR", "");
        ApiResponse noReason = api.request("POST", days).body("text/calendar", foreign).send();
        assertEquals(List.of("statusReasonCode"), noReason.errorFields(), noReason::toString);
        ApiResponse merged = api.request("POST", days + "?statusReasonCode=" + holiday).body("text/calendar", foreign).send();
        assertEquals(200, merged.status(), merged::toString);
        JsonArray after = merged.json().getJsonArray("specialDays");
        assertEquals(3, after.size());
        assertTrue(after.getValuesAs(JsonObject.class).stream().anyMatch(d -> d.getString("rule").equals("every 4 July")), after::toString);

        ApiResponse weekly = api.request("POST", days + "?statusReasonCode=" + holiday).body("text/calendar", foreign.replace("RRULE:FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=4", "RRULE:FREQ=WEEKLY")).send();
        assertEquals(400, weekly.status(), weekly::toString);
        assertTrue(weekly.body().contains("Event 1 'Independence Day': RRULE FREQ=WEEKLY is not a rule business hours keep"), weekly::toString);
    }

    @Test
    void aSystemReasonThatContradictsTheStatusIsRefusedUnderItsFieldEverywhere() {
        String contradicts = "invalidInput.reasonContradictsStatus";
        ApiResponse refused = api.post(HOURS, JsonBody.of("name", Unique.name("Contra"), "timeZone", "Europe/Berlin", "type", "TWENTY_FOUR_SEVEN",
                "status", "FORCE_CLOSE", "statusReasonCode", 3,
                "specialDays", List.of(object("date", "2026-12-25", "repeat", "YEARLY", "status", "CLOSED", "statusReasonCode", 1),
                        object("date", "2026-12-24", "status", "OPEN", "intervals", List.of(object("start", "09:00", "end", "13:00")),
                                "statusReasonCode", 2))));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(java.util.Set.of("statusReasonCode", "specialDays[0].statusReasonCode", "specialDays[1].statusReasonCode"),
                java.util.Set.copyOf(refused.errorFields()), refused::toString);
        assertEquals(java.util.Optional.of(contradicts), refused.errorCode("specialDays[0].statusReasonCode"));
        assertTrue(refused.body().contains("specialDays[0].statusReasonCode 1 \\\"Open as per regular hours\\\" means open; a closed special day"),
                refused::toString);

        JsonObject fitting = create("name", Unique.name("Fits"), "timeZone", "Europe/Berlin", "type", "TWENTY_FOUR_SEVEN",
                "status", "FORCE_CLOSE", "statusReasonCode", 2,
                "specialDays", List.of(object("date", "2026-12-25", "repeat", "YEARLY", "status", "CLOSED", "statusReasonCode", 2),
                        object("date", "2026-12-24", "status", "OPEN", "intervals", List.of(object("start", "09:00", "end", "13:00")),
                                "statusReasonCode", 1)));
        long id = fitting.getJsonNumber("id").longValue();
        ApiResponse changed = api.put(TestData.item(HOURS, fitting), JsonBody.of("changeStamp", fitting.getJsonNumber("changeStamp").longValue(),
                "specialDays", List.of(object("date", "2026-12-31", "status", "CLOSED", "statusReasonCode", 3))));
        assertEquals(List.of("specialDays[0].statusReasonCode"), changed.errorFields(), changed::toString);

        ApiResponse forcedOpen = api.post(HOURS + "/status", JsonBody.of("ids", List.of(id), "status", "FORCE_OPEN", "statusReasonCode", 2));
        assertEquals(List.of("statusReasonCode"), forcedOpen.errorFields(), forcedOpen::toString);
        assertEquals(java.util.Optional.of(contradicts), forcedOpen.errorCode("statusReasonCode"));
        assertEquals(200, api.post(HOURS + "/status", JsonBody.of("ids", List.of(id), "status", "FORCE_OPEN", "statusReasonCode", 3)).status());

        String days = TestData.item(HOURS, fitting) + "/special-days";
        ApiResponse csv = api.request("POST", days).body("text/csv", "date,repeat,status,hours,description,statusReasonCode\n"
                + "2027-01-01,YEARLY,CLOSED,,New Year,2\n2027-01-06,NONE,CLOSED,,Epiphany,1\n").send();
        assertEquals(400, csv.status(), csv::toString);
        assertTrue(csv.body().contains("Line 3: statusReasonCode 1 \\\"Open as per regular hours\\\" means open"), csv::toString);
        assertFalse(csv.body().contains("Line 2"), csv::toString);

        String calendar = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Holidays//EN",
                "BEGIN:VEVENT", "UID:ny@example.org", "DTSTAMP:20261201T000000Z", "DTSTART;VALUE=DATE:20270101", "SUMMARY:New Year",
                "END:VEVENT", "END:VCALENDAR", "");
        ApiResponse ics = api.request("POST", days + "?statusReasonCode=1").body("text/calendar", calendar).send();
        assertEquals(400, ics.status(), ics::toString);
        assertTrue(ics.body().contains("Event 1 'New Year': statusReasonCode 1 \\\"Open as per regular hours\\\" means open"), ics::toString);
        assertEquals(2, api.get(TestData.item(HOURS, fitting)).json().getJsonArray("specialDays").size(), "nothing of the refused files applied");
        assertEquals(200, api.request("POST", days + "?statusReasonCode=2").body("text/calendar", calendar).send().status());
    }

    @Test
    void severalAtOnceWithChangeStampsRefuseWholeWhenOneChangedOrWasDeletedMeanwhile() {
        int drill = reason("Drill");
        JsonObject a = create("name", Unique.name("StampA"), "timeZone", "Europe/Berlin", "type", "TWENTY_FOUR_SEVEN");
        JsonObject b = create("name", Unique.name("StampB"), "timeZone", "Europe/Berlin", "type", "TWENTY_FOUR_SEVEN");
        JsonObject c = create("name", Unique.name("StampC"), "timeZone", "Europe/Berlin", "type", "TWENTY_FOUR_SEVEN");
        long idA = a.getJsonNumber("id").longValue();
        long idB = b.getJsonNumber("id").longValue();
        long idC = c.getJsonNumber("id").longValue();
        long stampA = a.getJsonNumber("changeStamp").longValue();
        long stampB = b.getJsonNumber("changeStamp").longValue();
        // Someone else changes B after the client read it.
        assertEquals(200, api.post(HOURS + "/status", JsonBody.of("ids", List.of(idB), "status", "FORCE_CLOSE", "statusReasonCode", drill)).status());

        ApiResponse stale = api.post(HOURS + "/status", JsonBody.of("ids", List.of(idA, idB), "status", "FORCE_OPEN", "statusReasonCode", drill,
                "changeStamps", object(Long.toString(idA), stampA, Long.toString(idB), stampB)));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("conflict.bulkRefused", stale.code(), stale::toString);
        assertEquals(List.of("ids[1]"), stale.errorFields(), stale::toString);
        assertTrue(stale.body().contains(b.getString("name") + " was changed by someone else"), stale::toString);
        assertEquals("CALENDAR", api.get(TestData.item(HOURS, a)).json().getString("status"), "all or none");

        long nowB = api.get(TestData.item(HOURS, b)).json().getJsonNumber("changeStamp").longValue();
        ApiResponse current = api.post(HOURS + "/status", JsonBody.of("ids", List.of(idA, idB), "status", "FORCE_OPEN", "statusReasonCode", drill,
                "changeStamps", object(Long.toString(idA), stampA, Long.toString(idB), nowB)));
        assertEquals(200, current.status(), current::toString);

        // The schedule change: C deleted since it was read is a refusal under its index, not a 404.
        long stampC = c.getJsonNumber("changeStamp").longValue();
        assertEquals(204, api.delete(TestData.item(HOURS, c) + "?changeStamp=" + stampC).status());
        long nowA = api.get(TestData.item(HOURS, a)).json().getJsonNumber("changeStamp").longValue();
        ApiResponse gone = api.post(HOURS + "/schedule", JsonBody.of("ids", List.of(idA, idC), "timeZone", "Asia/Tokyo",
                "changeStamps", object(Long.toString(idA), nowA, Long.toString(idC), stampC)));
        assertEquals(409, gone.status(), gone::toString);
        assertEquals(List.of("ids[1]"), gone.errorFields(), gone::toString);
        assertEquals("Europe/Berlin", api.get(TestData.item(HOURS, a)).json().getString("timeZone"), "all or none");
        ApiResponse partial = api.post(HOURS + "/schedule", JsonBody.of("ids", List.of(idA, idB), "timeZone", "Asia/Tokyo",
                "changeStamps", object(Long.toString(idA), nowA)));
        assertEquals(200, partial.status(), "a changeStamp for some of the ids checks those: " + partial);
        assertEquals("Asia/Tokyo", api.get(TestData.item(HOURS, b)).json().getString("timeZone"));

        ApiResponse malformed = api.post(HOURS + "/schedule", JsonBody.of("ids", List.of(idA), "timeZone", "UTC",
                "changeStamps", object("x", 1, Long.toString(idA), "one")));
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals(java.util.Set.of("changeStamps.x", "changeStamps." + idA), java.util.Set.copyOf(malformed.errorFields()), malformed::toString);
        ApiResponse other = api.post(HOURS + "/status", JsonBody.of("ids", List.of(idA), "status", "CALENDAR",
                "changeStamps", object(Long.toString(idB), nowB)));
        assertEquals(List.of("changeStamps." + idB), other.errorFields(), "a changeStamp of a business hour not in ids: " + other);
        assertEquals(404, api.post(HOURS + "/schedule", JsonBody.of("ids", List.of(idA, idC), "timeZone", "UTC")).status(),
                "without a changeStamp an unknown id is still a 404");
    }

    @Test
    void theOpenApiDocumentDescribesTheChangeStampsOfTheMultiEdits() {
        ApiResponse r = Api.anonymous(base).get("/openapi?format=JSON");
        assertEquals(200, r.status(), r::toString);
        JsonObject schemas = r.json().getJsonObject("components").getJsonObject("schemas");
        for (String name : List.of("BusinessHourBulkStatus", "BusinessHourBulkSchedule")) {
            assertTrue(schemas.containsKey(name) && schemas.getJsonObject(name).getJsonObject("properties").containsKey("changeStamps"),
                    name + " in " + schemas.keySet());
        }
        JsonObject paths = r.json().getJsonObject("paths");
        for (String operation : List.of("/business-hours/status", "/business-hours/schedule")) {
            String path = paths.keySet().stream().filter(p -> p.endsWith(operation)).findFirst().orElseThrow(() -> new AssertionError(operation));
            JsonObject post = paths.getJsonObject(path).getJsonObject("post");
            assertTrue(post.getJsonObject("requestBody").toString().contains("BusinessHourBulk"), post::toString);
            assertTrue(post.getJsonObject("responses").containsKey("409") && post.getString("description").contains("changeStamps"), post::toString);
        }
    }

    private String csv(String path) {
        ApiResponse r = api.request("GET", path).header("Accept", "text/csv").send();
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    private long reasonId(int code) {
        return api.get(REASONS + "?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("code") == code).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
