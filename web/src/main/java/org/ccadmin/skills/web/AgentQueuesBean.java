package org.ccadmin.skills.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.skills.application.PrecisionQueueService;
import org.ccadmin.skills.application.PrecisionQueueService.Eligibility;

/** The "Precision queues" section of the agent page: the queues and steps the agent's attributes satisfy. */
@Named
@RequestScoped
public class AgentQueuesBean {

    @Inject
    private PrecisionQueueService service;

    private Long agentId;
    private List<Eligibility> eligibility;

    /** The queues of agent {@code id}, read once per request (so a save that re-renders the section shows the new ones). */
    public List<Eligibility> of(Long id) {
        if (id == null) {
            return List.of();
        }
        if (eligibility == null || !id.equals(agentId)) {
            agentId = id;
            try {
                eligibility = service.eligibility(id);
            } catch (ResourceNotFoundException e) {
                eligibility = List.of();
            }
        }
        return eligibility;
    }

    public String steps(Eligibility e) {
        return String.join(", ", e.steps().stream().map(String::valueOf).toList());
    }
}
