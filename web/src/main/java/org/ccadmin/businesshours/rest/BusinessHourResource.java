package org.ccadmin.businesshours.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.businesshours.application.BusinessHourInput;
import org.ccadmin.businesshours.application.BusinessHourService;
import org.ccadmin.businesshours.application.BusinessHourView;
import org.ccadmin.businesshours.application.EffectiveDayView;
import org.ccadmin.businesshours.domain.BusinessHour;
import org.ccadmin.businesshours.domain.ScheduleText;
import org.ccadmin.businesshours.domain.SpecialDayFile;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;
import org.ccadmin.shared.rest.ProblemView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Business hours. Times are wall-clock {@code HH:MM} in the business hour's {@code timeZone} (an end at or
 * before the start is on the next day; {@code 24:00} is the end of the day), dates {@code YYYY-MM-DD}.
 * {@code runtimeStatus} is the status now; {@code effective} gives the hours of a date range as instants,
 * after the daylight-saving rules of docs/business-hours.md.
 */
@Path("business-hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Business hours", description = "Organizational Setup: when the contact center is open, per time zone")
public class BusinessHourResource {

    private static final Set<String> FIELDS = Set.of("id", "name", "description", "timeZone", "type", "status", "statusReasonCode",
            "regularHours", "specialDays", "runtimeStatus", "changeStamp");
    private static final String CHANGE_STAMPS = "changeStamps";
    private static final String PROBLEM = "application/problem+json";
    private static final String BULK = "All or none. changeStamps (optional): id -> the changeStamp the client read; a business hour "
            + "changed or deleted since refuses the whole change with 409 conflict.bulkRefused, each under errors[].field ids[i].";
    private static final String BULK_400 = "Invalid input: a rule of the request under its field, a business hour that cannot take it under ids[i]";
    private static final String BULK_404 = "An id without a changeStamp names no business hour";
    private static final String BULK_409 = "A business hour changed or deleted since its changeStamp: nothing changed, each under ids[i]";
    private static final Set<String> REGULAR_FIELDS = Set.of("day", "start", "end");
    private static final Set<String> INTERVAL_FIELDS = Set.of("start", "end");
    private static final Set<String> SPECIAL_FIELDS = Set.of("date", "repeat", "rule", "nextDate", "status", "intervals", "description",
            "statusReasonCode");

    @Inject
    private BusinessHourService service;

    @GET
    public PageView<BusinessHourView.Summary> list(@BeanParam ListParams list, @Context UriInfo uri) {
        return ListParams.view(service.search(list.toRequest(BusinessHour.SORTABLE, "name")), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        BusinessHourView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    /** The status now: open or closed, the reason code and text, what decided it, and when it changes next. */
    @GET
    @Path("{id}/status")
    public BusinessHourView.RuntimeStatus status(@PathParam("id") long id) {
        return service.get(id).runtimeStatus();
    }

    @GET
    @Path("{id}/effective")
    @APIResponse(responseCode = "400", description = "from/to missing, malformed, reversed or more than 366 days apart",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public List<EffectiveDayView> effective(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Violations v = new Violations();
        LocalDate first = ScheduleText.date(from, v, "from");
        LocalDate last = ScheduleText.date(to, v, "to");
        v.throwIfAny();
        return service.effective(id, first, last);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location names the new item, ETag its changeStamp")
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "Duplicate name or system limit reached", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response create(String body, @Context UriInfo uri) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        BusinessHourInput input = input(in);
        in.done();
        BusinessHourView created = service.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(ETags.of(created.changeStamp())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        BusinessHourInput input = input(in);
        in.done();
        BusinessHourView updated = service.update(id, ETags.presented(headers, stamp), input);
        return Response.ok(updated).tag(ETags.of(updated.changeStamp())).build();
    }

    /** Copies a business hour under a new name ({@code {"name": …, "description": …}}). */
    @POST
    @Path("{id}/copy")
    public Response copy(@PathParam("id") long id, String body, @Context UriInfo uri) {
        JsonInput in = JsonInput.parse(body, Set.of("name", "description"));
        String name = in.string("name");
        String description = in.string("description");
        in.done();
        BusinessHourView created = service.copy(id, name, description);
        return Response.created(uri.getBaseUriBuilder().path("business-hours").path(Long.toString(created.id())).build())
                .entity(created).tag(ETags.of(created.changeStamp())).build();
    }

    /**
     * Sets the status of several business hours at once ({@code ids}, {@code status}, {@code statusReasonCode}); all
     * or none. With {@code changeStamps} (id to the changeStamp the client read), one changed or deleted since
     * refuses the whole change (409, under {@code ids[i]}).
     */
    @POST
    @Path("status")
    @Operation(summary = "Set the status of several business hours, all or none",
            description = BULK)
    @APIResponse(responseCode = "400", description = BULK_400, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "404", description = BULK_404)
    @APIResponse(responseCode = "409", description = BULK_409, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))
    public List<BusinessHourView> setStatus(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BulkRequests.Status.class))) String body) {
        JsonInput in = JsonInput.parse(body, Set.of("ids", "status", "statusReasonCode", CHANGE_STAMPS));
        List<Long> ids = in.longs("ids");
        String status = in.string("status");
        Integer reason = in.integer("statusReasonCode");
        Map<Long, Long> stamps = in.idMap(CHANGE_STAMPS);
        in.done();
        return service.setStatus(ids, stamps == null ? Map.of() : stamps, status, reason);
    }

    /**
     * Sets time zone, type and regular hours of several business hours at once ({@code ids} and those fields); all
     * or none, with optional {@code changeStamps} as for the status.
     */
    @POST
    @Path("schedule")
    @Operation(summary = "Set zone, type and regular hours of several business hours, all or none",
            description = BULK)
    @APIResponse(responseCode = "400", description = BULK_400, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "404", description = BULK_404)
    @APIResponse(responseCode = "409", description = BULK_409, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))
    public List<BusinessHourView> setSchedule(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BulkRequests.Schedule.class))) String body) {
        JsonInput in = JsonInput.parse(body, Set.of("ids", "timeZone", "type", "regularHours", CHANGE_STAMPS));
        List<Long> ids = in.longs("ids");
        BusinessHourInput schedule = new BusinessHourInput(null, null, in.string("timeZone"), in.string("type"), null, null, regular(in), null);
        Map<Long, Long> stamps = in.idMap(CHANGE_STAMPS);
        in.done();
        return service.setSchedule(ids, stamps == null ? Map.of() : stamps, schedule);
    }

    /** The special-day file's template: its header and two example lines. */
    @GET
    @Path("special-days/template")
    @Produces("text/csv")
    public Response specialDayTemplate() {
        return csv(SpecialDayFile.template(), "special-days-template.csv");
    }

    /** The special days as a CSV file, in the import's format. */
    @GET
    @Path("{id}/special-days")
    @Produces("text/csv")
    public Response exportSpecialDays(@PathParam("id") long id) {
        return csv(service.exportSpecialDays(id), "special-days-" + id + ".csv");
    }

    /**
     * Imports special days from a CSV file (the body, {@code text/csv}): {@code mode=merge} (default) replaces the
     * days of the file's dates and keeps the others, {@code mode=replace} replaces all. Applied whole or not at
     * all; a refused file answers 400 naming each bad line.
     */
    @POST
    @Path("{id}/special-days")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @APIResponse(responseCode = "400", description = "The file or a line of it is refused; errors[] name the lines",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response importSpecialDays(@PathParam("id") long id, @QueryParam("mode") String mode, byte[] file) {
        BusinessHourView updated = service.importSpecialDays(id, file, mode);
        return Response.ok(updated).type(MediaType.APPLICATION_JSON).tag(ETags.of(updated.changeStamp())).build();
    }

    /** The special days as an iCalendar (RFC 5545) file: closed days all-day, open hours timed, yearly rules as RRULE. */
    @GET
    @Path("{id}/special-days.ics")
    @Produces("text/calendar")
    public Response exportICalendar(@PathParam("id") long id) {
        return Response.ok(service.exportICalendar(id), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"special-days-" + id + ".ics\"").build();
    }

    /**
     * Imports holidays and special days from an iCalendar file (the body, {@code text/calendar}); {@code mode} as
     * for CSV, {@code statusReasonCode} for events without {@code X-CCADMIN-STATUS-REASON}.
     */
    @POST
    @Path("{id}/special-days")
    @Consumes("text/calendar")
    public Response importICalendar(@PathParam("id") long id, @QueryParam("mode") String mode,
            @QueryParam("statusReasonCode") String reason, byte[] file) {
        Violations v = new Violations();
        Integer code = null;
        if (reason != null && !reason.isBlank()) {
            try {
                code = Integer.valueOf(reason.strip());
            } catch (NumberFormatException e) {
                v.add("statusReasonCode", "invalidInput.wrongType", "statusReasonCode must be a whole number, not '" + reason + "'.");
            }
        }
        v.throwIfAny();
        BusinessHourView updated = service.importICalendar(id, file, mode, code);
        return Response.ok(updated).type(MediaType.APPLICATION_JSON).tag(ETags.of(updated.changeStamp())).build();
    }

    private static Response csv(String text, String fileName) {
        return Response.ok(text, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("changeStamp") String stamp, @Context HttpHeaders headers) {
        service.delete(id, ETags.presentedForDelete(headers, stamp));
        return Response.noContent().build();
    }

    private static BusinessHourInput input(JsonInput in) {
        List<JsonInput> special = in.objects("specialDays", SPECIAL_FIELDS);
        return new BusinessHourInput(in.string("name"), in.string("description"), in.string("timeZone"), in.string("type"),
                in.string("status"), in.integer("statusReasonCode"), regular(in),
                special == null ? null : special.stream().map(s -> {
                    List<JsonInput> intervals = s.objects("intervals", INTERVAL_FIELDS);
                    return new ScheduleText.Special(s.string("date"), s.string("repeat"), s.string("status"),
                            intervals == null ? null : intervals.stream().map(i -> new ScheduleText.Interval(i.string("start"), i.string("end"))).toList(),
                            s.string("description"), s.integer("statusReasonCode"));
                }).toList());
    }

    private static List<ScheduleText.Regular> regular(JsonInput in) {
        List<JsonInput> regular = in.objects("regularHours", REGULAR_FIELDS);
        return regular == null ? null : regular.stream().map(r -> new ScheduleText.Regular(r.string("day"), r.string("start"), r.string("end"))).toList();
    }
}
