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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ccadmin.agents.application.AgentService;
import org.ccadmin.agents.application.AgentViews.AgentSummary;
import org.ccadmin.agents.application.AgentViews.AgentView;
import org.ccadmin.agents.application.AttributeEdit;
import org.ccadmin.agents.application.AttributeEditService;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.AgentDraft;
import org.ccadmin.agents.domain.AgentQuery;
import org.ccadmin.agents.domain.AttributeAssignment;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;

/**
 * Agents. Lists take {@code q} (user name, agent ID, first/last name, description), {@code teamId} (repeat:
 * any of), {@code attribute} (repeat: all of; {@code Sales}, {@code Sales==true}, {@code English>=7}) and
 * {@code supervisor=true|false}. A password may be written, never read. {@code attribute-edits} changes
 * attribute values of many agents at once (a whole search result if wanted), with a preview.
 */
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentResource {

    private static final Set<String> FIELDS = Set.of("id", "agentId", "userName", "firstName", "lastName", "description",
            "password", "loginEnabled", "ssoEnabled", "agentStateTrace", "supervisor", "teamId", "team", "attributes",
            "passwordSet", "supervisedTeams", "changeStamp");
    private static final Set<String> VALUE_FIELDS = Set.of("attributeId", "name", "type", "value");
    private static final Set<String> EDIT_FIELDS = Set.of("agentIds", "query", "set", "remove", "preview");
    private static final Set<String> QUERY_FIELDS = Set.of("q", "teamIds", "attributes", "supervisor");

    @Inject
    private AgentService service;

    @Inject
    private AttributeEditService edits;

    @GET
    public PageView<AgentSummary> list(@BeanParam ListParams list, @QueryParam("teamId") List<String> teamIds,
            @QueryParam("attribute") List<String> attributes, @QueryParam("supervisor") String supervisor, @Context UriInfo uri) {
        Violations v = new Violations();
        PageRequest page = list.toRequest(v, Agent.SORTABLE, "userName", true);
        List<Long> teams = new ArrayList<>();
        for (String t : teamIds) {
            try {
                teams.add(Long.parseLong(t.strip()));
            } catch (NumberFormatException e) {
                v.add("teamId", "invalidInput.wrongType", "teamId must be a whole number.");
            }
        }
        Boolean role = null;
        if (supervisor != null && !supervisor.isBlank()) {
            if (supervisor.matches("(?i)true|false")) {
                role = Boolean.parseBoolean(supervisor);
            } else {
                v.add("supervisor", "invalidInput.wrongType", "supervisor must be true (supervisors only) or false (agents only).");
            }
        }
        v.throwIfAny();
        AgentQuery query = service.query(page.text(), teams, attributes, role, "attribute");
        return ListParams.view(service.search(query, page), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        AgentView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @POST
    public Response create(String body, @Context UriInfo uri) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        AgentDraft draft = draft(in);
        Long teamId = in.longValue("teamId");
        List<AttributeAssignment> values = values(in);
        in.done();
        AgentView created = service.create(draft, teamId, values);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(ETags.of(created.changeStamp())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        AgentDraft draft = draft(in);
        boolean teamGiven = in.has("teamId");
        Long teamId = in.longValue("teamId");
        List<AttributeAssignment> values = values(in);
        in.done();
        AgentView updated = service.update(id, ETags.presented(headers, stamp), draft, teamGiven, teamId, values);
        return Response.ok(updated).tag(ETags.of(updated.changeStamp())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("changeStamp") String stamp, @Context HttpHeaders headers) {
        service.delete(id, ETags.presentedForDelete(headers, stamp));
        return Response.noContent().build();
    }

    /**
     * One multi-agent attribute edit: {@code agentIds} or {@code query} ({q, teamIds, attributes, supervisor})
     * select the agents; {@code set} [{attributeId, value}] and {@code remove} [attributeId] say what changes;
     * {@code preview: true} only counts. Atomic: either every agent changes or none.
     */
    @POST
    @Path("attribute-edits")
    public AttributeEdit.Outcome edit(String body) {
        JsonInput in = JsonInput.parse(body, EDIT_FIELDS);
        List<Long> ids = in.longs("agentIds");
        List<JsonInput> set = in.objects("set", Set.of("attributeId", "value"));
        List<AttributeAssignment> assignments = new ArrayList<>();
        if (set != null) {
            for (JsonInput s : set) {
                Long attributeId = s.longValue("attributeId");
                if (attributeId != null) {
                    assignments.add(new AttributeAssignment(attributeId, s.scalar("value")));
                }
            }
        }
        List<Long> remove = in.longs("remove");
        Boolean preview = in.bool("preview");
        JsonInput q = in.object("query", QUERY_FIELDS);
        String text = q == null ? null : q.string("q");
        List<Long> teamIds = q == null ? null : q.longs("teamIds");
        List<String> conditions = q == null ? null : q.strings("attributes");
        Boolean supervisor = q == null ? null : q.bool("supervisor");
        if ((ids == null) == (q == null)) {
            in.refuse("agentIds", "invalidInput.selection", "Select the agents either by agentIds or by query, not both and not neither.");
        }
        in.done();
        AgentQuery agentQuery = q == null ? null : service.query(text, teamIds, conditions, supervisor, "query.attributes");
        AttributeEdit edit = new AttributeEdit(ids, agentQuery, assignments, remove);
        return Boolean.TRUE.equals(preview) ? edits.preview(edit) : edits.apply(edit);
    }

    private static AgentDraft draft(JsonInput in) {
        String password = in.string("password");
        return new AgentDraft(in.string("agentId"), in.string("userName"), in.string("firstName"), in.string("lastName"),
                in.string("description"), password == null ? null : password.toCharArray(), in.bool("loginEnabled"),
                in.bool("ssoEnabled"), in.bool("agentStateTrace"), in.bool("supervisor"));
    }

    private static List<AttributeAssignment> values(JsonInput in) {
        List<JsonInput> items = in.objects("attributes", VALUE_FIELDS);
        if (items == null) {
            return null;
        }
        List<AttributeAssignment> values = new ArrayList<>();
        for (JsonInput item : items) {
            Long attributeId = item.longValue("attributeId");
            if (attributeId == null) {
                item.required("attributeId");
            } else {
                values.add(new AttributeAssignment(attributeId, item.scalar("value")));
            }
        }
        return values;
    }
}
