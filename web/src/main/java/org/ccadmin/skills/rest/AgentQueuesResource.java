package org.ccadmin.skills.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ccadmin.skills.application.PrecisionQueueService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** From the agent's side: the precision queues and steps an agent is eligible for. */
@Path("agents/{id}/precision-queues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Precision queues", description = "Organizational Setup: skills-based queues built from attribute criteria")
public class AgentQueuesResource {

    @Inject
    private PrecisionQueueService service;

    public record Eligible(List<PrecisionQueueService.Eligibility> items) {
    }

    @GET
    public Eligible list(@PathParam("id") long id) {
        return new Eligible(service.eligibility(id));
    }
}
