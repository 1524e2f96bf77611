package org.ccadmin.shared.domain;

/**
 * The client edited an older version of the resource than the current one: somebody else changed it first.
 * {@code viaPrecondition} is true when the version came in an If-Match header (HTTP answers 412 then).
 */
public class StaleChangeStampException extends DomainException {

    private final long current;
    private final boolean viaPrecondition;

    public StaleChangeStampException(String resourceType, Object id, long presented, long current, boolean viaPrecondition) {
        super("conflict.staleChangeStamp", "The " + resourceType + " " + id + " was changed by someone else (your changeStamp "
                + presented + ", current " + current + "). Reload it and apply your change again.");
        this.current = current;
        this.viaPrecondition = viaPrecondition;
    }

    public long current() {
        return current;
    }

    public boolean viaPrecondition() {
        return viaPrecondition;
    }
}
