package org.ccadmin.skills.domain;

import java.util.List;
import org.ccadmin.skills.domain.criteria.QueueStep;

/**
 * What a client gives to create or change a precision queue. On change, null leaves a field as it is, except
 * {@code bucketIntervalId}, where {@code useSystemDefault} says "clear it"; {@code mediaRoutingDomainId} is
 * fixed after creation.
 */
public record PrecisionQueueDraft(String name, String description, Long mediaRoutingDomainId,
        ServiceLevelType serviceLevelType, Integer serviceLevelThreshold, AgentOrder agentOrder,
        Long bucketIntervalId, boolean useSystemDefault, List<QueueStep> steps) {
}
