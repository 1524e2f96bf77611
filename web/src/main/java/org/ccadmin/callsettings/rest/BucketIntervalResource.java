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
import java.util.List;
import java.util.Set;
import org.ccadmin.callsettings.application.BucketIntervalService;
import org.ccadmin.callsettings.application.BucketIntervalView;
import org.ccadmin.callsettings.domain.BucketInterval;
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
 * Bucket intervals. {@code upperBounds} is an array of 1 to 9 strictly increasing seconds, fixed at
 * creation; an update changes name and description only.
 */
@Path("bucket-intervals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bucket intervals", description = "Call Settings: service-level bins for reporting")
public class BucketIntervalResource {

    private static final Set<String> FIELDS = Set.of("id", "name", "description", "builtIn", "upperBounds", "changeStamp");

    @Inject
    private BucketIntervalService service;

    @GET
    public PageView<BucketIntervalView> list(@BeanParam ListParams list, @Context UriInfo uri) {
        return ListParams.view(service.search(list.toRequest(BucketInterval.SORTABLE, "name")), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        BucketIntervalView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location names the new item, ETag its changeStamp",
            content = @Content(schema = @Schema(implementation = BucketIntervalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "Duplicate name or system limit reached", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BucketIntervalView.class))) String body, @Context UriInfo uri) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        String name = in.string("name");
        String description = in.string("description");
        List<Integer> bounds = in.integers("upperBounds");
        in.done();
        BucketIntervalView created = service.create(name, description, bounds);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(ETags.of(created.changeStamp())).build();
    }

    @PUT
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new changeStamp",
            content = @Content(schema = @Schema(implementation = BucketIntervalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "Stale changeStamp, duplicate name or built-in item", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "428", description = "Neither changeStamp nor If-Match given", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response update(@PathParam("id") long id, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BucketIntervalView.class))) String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        String name = in.string("name");
        String description = in.string("description");
        List<Integer> bounds = in.integers("upperBounds");
        in.done();
        BucketIntervalView updated = service.update(id, ETags.presented(headers, stamp), name, description, bounds);
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
}
