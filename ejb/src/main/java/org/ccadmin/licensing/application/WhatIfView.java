package org.ccadmin.licensing.application;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "if usage becomes N from now": each change of a line's compliance and of the instance's
 * status, in time order, as the authority's rule and the product's state function would produce them.
 *
 * @param assumptions what the projection takes as given, in words, so a reader knows its limits
 */
public record WhatIfView(Instant from, int overageThreshold, List<LineInput> lines, List<String> assumptions,
        List<Change> changes) {

    /** The usage assumed for a line, and the licenses assumed in the pool (the last verdict's unless given). */
    public record LineInput(String entitlement, String name, int usage, int entitled) {
    }

    /**
     * One change at {@code at}: about a line ({@code entitlement} set) or the instance as a whole (null), with the
     * instance's License Authorization Status and enforcement after it.
     */
    public record Change(Instant at, String entitlement, String what, String authorizationStatus, String enforcement) {
    }
}
