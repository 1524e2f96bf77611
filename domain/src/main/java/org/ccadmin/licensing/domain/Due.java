package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a timer should do at a moment: the renewals due, in order, and when it is worth looking again (the next
 * deadline, or null if none is ahead). A renewal stays due until it succeeds, so a failed exchange is simply
 * retried at the timer's next run. Deregister and Reregister are never due: they are manual.
 */
public record Due(List<DueAction> actions, Instant nextDeadline) {

    public Due {
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    }

    public boolean isNothing() {
        return actions.isEmpty();
    }

    public boolean includes(DueAction action) {
        return actions.contains(action);
    }
}
