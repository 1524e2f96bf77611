package org.ccadmin.skills.application;

import java.util.List;
import org.ccadmin.skills.domain.AgentOrder;
import org.ccadmin.skills.domain.ServiceLevelType;

/** A precision queue as a client gives it; null fields are left as they are on change. */
public record PrecisionQueueInput(String name, String description, Long mediaRoutingDomainId,
        ServiceLevelType serviceLevelType, Integer serviceLevelThreshold, AgentOrder agentOrder,
        Long bucketIntervalId, boolean useSystemDefault, List<StepInput> steps) {
}
