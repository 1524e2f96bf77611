package org.ccadmin.agents.rest;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccadmin.agents.application.AgentTeamService;
import org.ccadmin.agents.application.AgentViews.TeamSummary;
import org.ccadmin.agents.application.AgentViews.TeamView;
import org.ccadmin.agents.domain.AgentTeam;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;

/** Agent teams; {@code memberIds} and {@code supervisorIds} are complete sets of agent ids (omit to keep). */
@Path("agent-teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentTeamResource {

    private static final Set<String> FIELDS = Set.of("id", "name", "description", "memberIds", "supervisorIds", "members",
            "supervisors", "changeStamp");

    @Inject
    private AgentTeamService service;

    @GET
    public PageView<TeamSummary> list(@BeanParam ListParams list, @Context UriInfo uri) {
        return ListParams.view(service.search(list.toRequest(AgentTeam.SORTABLE, "name")), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        TeamView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @POST
    public Response create(String body, @Context UriInfo uri) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        String name = in.string("name");
        String description = in.string("description");
        Set<Long> members = set(in.longs("memberIds"));
        Set<Long> supervisors = set(in.longs("supervisorIds"));
        in.done();
        TeamView created = service.create(name, description, members, supervisors);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(ETags.of(created.changeStamp())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        String name = in.string("name");
        String description = in.string("description");
        Set<Long> members = set(in.longs("memberIds"));
        Set<Long> supervisors = set(in.longs("supervisorIds"));
        in.done();
        TeamView updated = service.update(id, ETags.presented(headers, stamp), name, description, members, supervisors);
        return Response.ok(updated).tag(ETags.of(updated.changeStamp())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("changeStamp") String stamp, @Context HttpHeaders headers) {
        service.delete(id, ETags.presentedForDelete(headers, stamp));
        return Response.noContent().build();
    }

    private static Set<Long> set(List<Long> ids) {
        return ids == null ? null : new LinkedHashSet<>(ids);
    }
}
