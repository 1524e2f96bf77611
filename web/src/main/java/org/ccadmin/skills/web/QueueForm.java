package org.ccadmin.skills.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.skills.application.PrecisionQueueInput;
import org.ccadmin.skills.application.PrecisionQueueView;
import org.ccadmin.skills.domain.AgentOrder;
import org.ccadmin.skills.domain.ServiceLevelType;
import org.ccadmin.skills.domain.criteria.Logic;

/** The precision queue page's fields: General, and the steps of the builder. */
public class QueueForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long changeStamp;
    private String name;
    private String description;
    private Long mediaRoutingDomainId;
    private ServiceLevelType serviceLevelType = ServiceLevelType.IGNORE_ABANDONED;
    private Integer serviceLevelThreshold = 30;
    private AgentOrder agentOrder = AgentOrder.LONGEST_AVAILABLE;
    private Long bucketIntervalId;
    private long agentCount;
    private final List<StepRow> steps = new ArrayList<>();

    static QueueForm blank(Long defaultDomain) {
        QueueForm f = new QueueForm();
        f.mediaRoutingDomainId = defaultDomain;
        f.steps.add(StepRow.blank());
        return f;
    }

    static QueueForm of(PrecisionQueueView v) {
        QueueForm f = new QueueForm();
        f.id = v.id();
        f.changeStamp = v.changeStamp();
        f.name = v.name();
        f.description = v.description();
        f.mediaRoutingDomainId = v.mediaRoutingDomainId();
        f.serviceLevelType = ServiceLevelType.valueOf(v.serviceLevelType());
        f.serviceLevelThreshold = v.serviceLevelThreshold();
        f.agentOrder = AgentOrder.valueOf(v.agentOrder());
        f.bucketIntervalId = v.bucketIntervalId();
        f.agentCount = v.agentCount();
        for (PrecisionQueueView.StepView s : v.steps()) {
            StepRow row = new StepRow();
            row.setLogic(Logic.valueOf(s.logic()));
            row.setWaitTime(s.waitTime());
            row.setConsiderIf(s.considerIf());
            row.setText(s.criteria());
            for (PrecisionQueueView.ExpressionView e : s.expressions()) {
                ExpressionRow er = new ExpressionRow();
                er.setLogic(Logic.valueOf(e.logic()));
                e.terms().forEach(t -> er.getTerms().add(TermRow.of(t.attribute(), t.operator(), t.value())));
                row.getExpressions().add(er);
            }
            row.previewed(s.agentCount(), s.criteria(), List.of());
            f.steps.add(row);
        }
        return f;
    }

    /** Everything the page shows, as the service takes it; the bucket interval left empty is the system default. */
    PrecisionQueueInput input() {
        List<org.ccadmin.skills.application.StepInput> given = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            given.add(steps.get(i).input(i == steps.size() - 1));
        }
        return new PrecisionQueueInput(name == null ? "" : name, description == null ? "" : description,
                isNew() ? mediaRoutingDomainId : null, serviceLevelType, serviceLevelThreshold, agentOrder,
                bucketIntervalId, bucketIntervalId == null, given);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public long getChangeStamp() { return changeStamp; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getMediaRoutingDomainId() { return mediaRoutingDomainId; }
    public void setMediaRoutingDomainId(Long mediaRoutingDomainId) { this.mediaRoutingDomainId = mediaRoutingDomainId; }
    public ServiceLevelType getServiceLevelType() { return serviceLevelType; }
    public void setServiceLevelType(ServiceLevelType serviceLevelType) { this.serviceLevelType = serviceLevelType; }
    public Integer getServiceLevelThreshold() { return serviceLevelThreshold; }
    public void setServiceLevelThreshold(Integer serviceLevelThreshold) { this.serviceLevelThreshold = serviceLevelThreshold; }
    public AgentOrder getAgentOrder() { return agentOrder; }
    public void setAgentOrder(AgentOrder agentOrder) { this.agentOrder = agentOrder; }
    public Long getBucketIntervalId() { return bucketIntervalId; }
    public void setBucketIntervalId(Long bucketIntervalId) { this.bucketIntervalId = bucketIntervalId; }
    public long getAgentCount() { return agentCount; }
    void setAgentCount(long agentCount) { this.agentCount = agentCount; }
    public List<StepRow> getSteps() { return steps; }
}
