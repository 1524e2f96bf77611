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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ccadmin.agents.application.AgentViews.AgentSummary;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;
import org.ccadmin.skills.application.PrecisionQueueInput;
import org.ccadmin.skills.application.PrecisionQueuePreview;
import org.ccadmin.skills.application.PrecisionQueueService;
import org.ccadmin.skills.application.PrecisionQueueView;
import org.ccadmin.skills.application.StepInput;
import org.ccadmin.skills.domain.AgentOrder;
import org.ccadmin.skills.domain.PrecisionQueue;
import org.ccadmin.skills.domain.ServiceLevelType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Precision queues. A step's criteria come as text ({@code "criteria": "(Sales == true AND English >= 7) OR
 * Spanish >= 9"}) or structured ({@code "expressions": [{"logic": "AND", "terms": [{"attribute", "operator",
 * "value"}]}], "logic": "OR"}); both forms are answered. PUT carries only what changes (steps, when given,
 * replace all steps), plus the changeStamp.
 */
@Path("precision-queues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Precision queues", description = "Organizational Setup: skills-based queues built from attribute criteria")
public class PrecisionQueueResource {

    private static final Set<String> FIELDS = Set.of("id", "name", "description", "mediaRoutingDomainId",
            "serviceLevelType", "serviceLevelThreshold", "agentOrder", "bucketIntervalId", "steps", "agentCount",
            "warnings", "changeStamp");
    private static final Set<String> STEP_FIELDS = Set.of("number", "criteria", "expressions", "logic", "waitTime",
            "considerIf", "agentCount");
    private static final Set<String> EXPRESSION_FIELDS = Set.of("logic", "terms");
    private static final Set<String> TERM_FIELDS = Set.of("attribute", "operator", "value");

    @Inject
    private PrecisionQueueService service;

    @Inject
    private PrecisionQueuePreview preview;

    @GET
    public PageView<PrecisionQueueView.Summary> list(@BeanParam ListParams list, @Context UriInfo uri) {
        Violations v = new Violations();
        PageRequest page = list.toRequest(v, PrecisionQueue.SORTABLE, "name", true);
        v.throwIfAny();
        return ListParams.view(service.search(page), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        PrecisionQueueView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    /** The agents a step selects (configured agents, logged in or not), by user name. */
    @GET
    @Path("{id}/steps/{step}/agents")
    public PageView<AgentSummary> stepAgents(@PathParam("id") long id, @PathParam("step") int step,
            @BeanParam ListParams list, @Context UriInfo uri) {
        Violations v = new Violations();
        PageRequest page = list.toRequest(v, Set.of("userName"), "userName", true);
        v.throwIfAny();
        return ListParams.view(service.stepAgents(id, step, page), uri);
    }

    @POST
    public Response create(String body, @Context UriInfo uri) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        PrecisionQueueInput input = input(in);
        in.done();
        PrecisionQueueView created = service.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(ETags.of(created.changeStamp())).build();
    }

    /**
     * What a save of the body would give, without saving: each step's agent count and canonical text, the
     * warnings, and the problems a save would refuse (answered 200, listed under {@code violations}, so a script
     * or the step builder sees them all while editing). {@code queue} previews a change of that queue.
     */
    @POST
    @Path("preview")
    public PrecisionQueuePreview.Preview preview(String body, @QueryParam("queue") Long queue) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        PrecisionQueueInput input = input(in);
        in.done();
        return preview.preview(queue, input);
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        PrecisionQueueInput input = input(in);
        in.done();
        PrecisionQueueView updated = service.update(id, ETags.presented(headers, stamp), input);
        return Response.ok(updated).tag(ETags.of(updated.changeStamp())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("changeStamp") String stamp, @Context HttpHeaders headers) {
        service.delete(id, ETags.presentedForDelete(headers, stamp));
        return Response.noContent().build();
    }

    private static PrecisionQueueInput input(JsonInput in) {
        boolean clearInterval = in.has("bucketIntervalId") && in.longValue("bucketIntervalId") == null;
        return new PrecisionQueueInput(in.string("name"), in.string("description"), in.longValue("mediaRoutingDomainId"),
                enumValue(in, "serviceLevelType", ServiceLevelType.class), in.integer("serviceLevelThreshold"),
                enumValue(in, "agentOrder", AgentOrder.class), in.longValue("bucketIntervalId"), clearInterval, steps(in));
    }

    private static List<StepInput> steps(JsonInput in) {
        List<JsonInput> steps = in.objects("steps", STEP_FIELDS);
        if (steps == null) {
            return null;
        }
        return steps.stream().map(s -> {
            List<JsonInput> expressions = s.objects("expressions", EXPRESSION_FIELDS);
            return new StepInput(s.string("criteria"), expressions == null ? null : expressions.stream()
                    .map(e -> {
                        List<JsonInput> terms = e.objects("terms", TERM_FIELDS);
                        return new StepInput.ExpressionInput(e.string("logic"), terms == null ? List.of() : terms.stream()
                                .map(t -> new StepInput.TermInput(t.string("attribute"), t.string("operator"), text(t.scalar("value"))))
                                .toList());
                    }).toList(), s.string("logic"), s.integer("waitTime"), s.string("considerIf"));
        }).toList();
    }

    private static String text(Object scalar) {
        return scalar == null ? null : scalar.toString();
    }

    private static <E extends Enum<E>> E enumValue(JsonInput in, String field, Class<E> type) {
        String text = in.string(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            in.refuse(field, "invalidInput.enum", field + " must be one of " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
            return null;
        }
    }
}
