package org.ccadmin.skills.rest;

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
import java.util.Locale;
import java.util.Set;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;
import org.ccadmin.skills.application.AttributeHolderView;
import org.ccadmin.skills.application.AttributeService;
import org.ccadmin.skills.application.AttributeView;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeDraft;
import org.ccadmin.skills.domain.AttributeType;

/** Attributes, and {@code /{id}/members}: the agents holding one, with their values, paged. */
@Path("attributes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttributeResource {

    private static final Set<String> FIELDS = Set.of("id", "name", "description", "type", "defaultValue", "agentCount", "changeStamp");
    private static final Set<String> MEMBER_SORT = Set.of("userName", "agentId", "firstName", "lastName", "value");

    @Inject
    private AttributeService service;

    @GET
    public PageView<AttributeView> list(@BeanParam ListParams list, @QueryParam("type") String type, @Context UriInfo uri) {
        Violations v = new Violations();
        PageRequest page = list.toRequest(v, Attribute.SORTABLE, "name", true);
        AttributeType t = type(v, "type", type);
        v.throwIfAny();
        return ListParams.view(service.search(t, page), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        AttributeView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @GET
    @Path("{id}/members")
    public PageView<AttributeHolderView> members(@PathParam("id") long id, @BeanParam ListParams list, @Context UriInfo uri) {
        PageRequest page = list.toRequest(MEMBER_SORT, "userName");
        return ListParams.view(service.holders(id, page.text(), page), uri);
    }

    @POST
    public Response create(String body, @Context UriInfo uri) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        AttributeDraft draft = draft(in);
        in.done();
        AttributeView created = service.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(ETags.of(created.changeStamp())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        AttributeDraft draft = draft(in);
        in.done();
        AttributeView updated = service.update(id, ETags.presented(headers, stamp), draft);
        return Response.ok(updated).tag(ETags.of(updated.changeStamp())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("changeStamp") String stamp, @Context HttpHeaders headers) {
        service.delete(id, ETags.presentedForDelete(headers, stamp));
        return Response.noContent().build();
    }

    private static AttributeDraft draft(JsonInput in) {
        Violations v = new Violations();
        AttributeType type = type(v, "type", in.string("type"));
        v.throwIfAny();
        return new AttributeDraft(in.string("name"), in.string("description"), type, in.scalar("defaultValue"));
    }

    private static AttributeType type(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AttributeType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "invalidInput.enum", field + " must be boolean or proficiency.");
            return null;
        }
    }
}
