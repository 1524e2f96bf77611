package org.ccadmin.callsettings.rest;

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
import java.util.Set;
import org.ccadmin.callsettings.application.MediaRoutingDomainService;
import org.ccadmin.callsettings.application.MediaRoutingDomainView;
import org.ccadmin.callsettings.domain.MediaRoutingDomain;
import org.ccadmin.callsettings.domain.MediaRoutingDomainDraft;
import org.ccadmin.callsettings.domain.MediaRoutingDomainType;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;
import org.ccadmin.shared.rest.ProblemView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Media routing domains. Only multichannel domains are created here; the built-in voice domain is listed
 * and read but refuses changes. PUT carries only the fields to change, plus the changeStamp.
 */
@Path("media-routing-domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Media routing domains", description = "Call Settings: the media a contact center routes")
public class MediaRoutingDomainResource {

    private static final Set<String> FIELDS = Set.of("id", "name", "description", "type", "builtIn", "taskLife",
            "taskStartTimeout", "maxTaskDuration", "serviceLevelThreshold", "interruptible", "maxTasksInQueue",
            "maxTimeInQueue", "changeStamp");

    @Inject
    private MediaRoutingDomainService service;

    @GET
    public PageView<MediaRoutingDomainView> list(@BeanParam ListParams list, @QueryParam("type") String type,
            @QueryParam("nonVoiceOnly") String nonVoiceOnly, @Context UriInfo uri) {
        Violations v = new Violations();
        PageRequest page = list.toRequest(v, MediaRoutingDomain.SORTABLE, "name", true);
        MediaRoutingDomainType filter = type(v, type);
        if (nonVoiceOnly != null && !nonVoiceOnly.isBlank()) {
            if (!nonVoiceOnly.matches("(?i)true|false")) {
                v.add("nonVoiceOnly", "invalidInput.wrongType", "nonVoiceOnly must be true or false.");
            } else if (Boolean.parseBoolean(nonVoiceOnly)) {
                filter = MediaRoutingDomainType.MULTICHANNEL;
            }
        }
        v.throwIfAny();
        return ListParams.view(service.search(filter, page), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        MediaRoutingDomainView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location names the new item, ETag its changeStamp",
            content = @Content(schema = @Schema(implementation = MediaRoutingDomainView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "Duplicate name or system limit reached", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaRoutingDomainView.class))) String body, @Context UriInfo uri) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        String type = in.string("type");
        MediaRoutingDomainDraft draft = draft(in);
        in.done();
        if (type != null && !type.equalsIgnoreCase("multichannel")) {
            throw InvalidInputException.of("type", "invalidInput.type",
                    "Only multichannel media routing domains can be created; the voice domain is built in.");
        }
        MediaRoutingDomainView created = service.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(ETags.of(created.changeStamp())).build();
    }

    @PUT
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new changeStamp",
            content = @Content(schema = @Schema(implementation = MediaRoutingDomainView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "Stale changeStamp, duplicate name or built-in item", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "428", description = "Neither changeStamp nor If-Match given", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response update(@PathParam("id") long id, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaRoutingDomainView.class))) String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        MediaRoutingDomainDraft draft = draft(in);
        in.done();
        MediaRoutingDomainView updated = service.update(id, ETags.presented(headers, stamp), draft);
        return Response.ok(updated).tag(ETags.of(updated.changeStamp())).build();
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Stale changeStamp, built-in or still referenced", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "428", description = "Neither changeStamp nor If-Match given", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response delete(@PathParam("id") long id, @QueryParam("changeStamp") String stamp, @Context HttpHeaders headers) {
        service.delete(id, ETags.presentedForDelete(headers, stamp));
        return Response.noContent().build();
    }

    private static MediaRoutingDomainDraft draft(JsonInput in) {
        return new MediaRoutingDomainDraft(in.string("name"), in.string("description"), in.integer("taskLife"),
                in.integer("taskStartTimeout"), in.integer("maxTaskDuration"), in.integer("serviceLevelThreshold"),
                in.bool("interruptible"), in.integer("maxTasksInQueue"), in.integer("maxTimeInQueue"));
    }

    private static MediaRoutingDomainType type(Violations v, String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return MediaRoutingDomainType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("type", "invalidInput.enum", "type must be voice or multichannel.");
            return null;
        }
    }
}
