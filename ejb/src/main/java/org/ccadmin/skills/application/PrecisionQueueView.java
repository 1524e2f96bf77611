package org.ccadmin.skills.application;

import java.util.List;
import org.ccadmin.skills.domain.criteria.StepWarning;

/**
 * A precision queue as the API and the console show it: each step in both forms (text and structured), its
 * agent count, and the warnings of the queue. {@code agentCount} counts agents matched by any step.
 */
public record PrecisionQueueView(long id, String name, String description, long mediaRoutingDomainId,
        String serviceLevelType, int serviceLevelThreshold, String agentOrder, Long bucketIntervalId,
        List<StepView> steps, long agentCount, List<StepWarning> warnings, long changeStamp) {

    public record StepView(int number, String criteria, String logic, List<ExpressionView> expressions,
            Integer waitTime, String considerIf, long agentCount) {
    }

    public record ExpressionView(String logic, List<TermView> terms) {
    }

    public record TermView(String attribute, String operator, Object value) {
    }

    public record Summary(long id, String name, String description, long mediaRoutingDomainId, int stepCount,
            long agentCount, long changeStamp) {
    }
}
