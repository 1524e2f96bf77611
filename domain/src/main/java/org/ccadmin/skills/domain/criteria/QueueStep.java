package org.ccadmin.skills.domain.criteria;

import java.util.Objects;

/**
 * One step of a precision queue: the agents it selects, how long a call waits on it before moving on (seconds;
 * null or 0 moves on at once) and the Consider If formula that must hold for the step to be used. The last step
 * has neither: a call waits there indefinitely.
 */
public record QueueStep(Criteria criteria, Integer waitTime, ConsiderIf considerIf) {

    public static final int WAIT_TIME_MAX = 2_147_483_647;

    public QueueStep {
        Objects.requireNonNull(criteria, "criteria");
    }
}
