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
import java.util.Set;
import org.ccadmin.businesshours.application.StatusReasonService;
import org.ccadmin.businesshours.application.StatusReasonView;
import org.ccadmin.businesshours.domain.StatusReason;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Status reasons of business hours: codes 1 to 1000 are the system's (read-only), 1001 to 65535 the administrators'. */
@Path("status-reasons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Status reasons", description = "Organizational Setup > Business Hours: why a business hour is open or closed")
public class StatusReasonResource {

    private static final Set<String> FIELDS = Set.of("id", "code", "text", "category", "changeStamp");

    @Inject
    private StatusReasonService service;

    @GET
    public PageView<StatusReasonView> list(@BeanParam ListParams list, @Context UriInfo uri) {
        return ListParams.view(service.search(list.toRequest(StatusReason.SORTABLE, "code")), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        StatusReasonView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @POST
    public Response create(String body, @Context UriInfo uri) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Integer code = in.integer("code");
        String text = in.string("text");
        in.done();
        StatusReasonView created = service.create(code, text);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(ETags.of(created.changeStamp())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        Integer code = in.integer("code");
        String text = in.string("text");
        in.done();
        StatusReasonView updated = service.update(id, ETags.presented(headers, stamp), code, text);
        return Response.ok(updated).tag(ETags.of(updated.changeStamp())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("changeStamp") String stamp, @Context HttpHeaders headers) {
        service.delete(id, ETags.presentedForDelete(headers, stamp));
        return Response.noContent().build();
    }
}
