package org.ccadmin.skills.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.ccadmin.agents.application.AgentViews.AgentSummary;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.web.PagedModel;
import org.ccadmin.skills.application.PrecisionQueueService;
import org.ccadmin.skills.application.PrecisionQueueView;

/**
 * The agents a step of a saved queue selects ({@code /organization/precision-queue-agents.xhtml?id=…&step=…}),
 * logged in or not, one page at a time from the database.
 */
@Named
@ViewScoped
public class StepAgentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PrecisionQueueService service;

    @Inject
    private org.ccadmin.shared.web.Messages text;

    private Long id;
    private Integer step;
    private PrecisionQueueView queue;
    private boolean missing;

    private final PagedModel<AgentSummary> agents = new PagedModel<>(Set.of("userName"), "userName") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<AgentSummary> fetch(PageRequest request) {
            if (missing) {
                return new Page<>(List.of(), 0, request);
            }
            try {
                return service.stepAgents(id, step, request);
            } catch (DomainException e) {
                return new Page<>(List.of(), 0, request);
            }
        }

        @Override
        protected long idOf(AgentSummary row) {
            return row.id();
        }
    };

    public void load() {
        try {
            queue = id == null || step == null ? null : service.get(id);
        } catch (DomainException e) {
            queue = null;
        }
        missing = queue == null || step < 1 || step > queue.steps().size();
    }

    public PrecisionQueueView.StepView getStepView() {
        return missing ? null : queue.steps().get(step - 1);
    }

    public String getTitle() {
        return missing ? text.get("pq.agents.missing.title") : text.get("pq.agents.title", step, queue.name());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getStep() { return step; }
    public void setStep(Integer step) { this.step = step; }
    public PrecisionQueueView getQueue() { return queue; }
    public boolean isMissing() { return missing; }
    public PagedModel<AgentSummary> getAgents() { return agents; }
}
