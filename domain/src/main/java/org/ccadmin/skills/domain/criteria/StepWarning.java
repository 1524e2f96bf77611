package org.ccadmin.skills.domain.criteria;

/**
 * Something about a step that is allowed but probably a mistake; shown beside the step in the console and
 * returned by the API. {@code step} counts from 1, as the console shows steps.
 */
public record StepWarning(int step, String code, String message) {

    public static final String NEVER_MATCHES = "step.neverMatches";
    public static final String DUPLICATE = "step.duplicate";
    public static final String NARROWER = "step.fewerAgents";
}
