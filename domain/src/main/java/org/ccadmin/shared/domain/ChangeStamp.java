package org.ccadmin.shared.domain;

/**
 * The version a client says it edits, and whether it came as an HTTP precondition (If-Match) or as data.
 * Every update and delete passes through {@link #verify}, so the optimistic-concurrency rule lives once.
 */
public record ChangeStamp(Long value, boolean viaPrecondition) {

    public static ChangeStamp of(Long value) {
        return new ChangeStamp(value, false);
    }

    public static ChangeStamp ifMatch(long value) {
        return new ChangeStamp(value, true);
    }

    public void verify(String resourceType, Object id, long current) {
        if (value == null) {
            throw new ChangeStampRequiredException();
        }
        if (value != current) {
            throw new StaleChangeStampException(resourceType, id, value, current, viaPrecondition);
        }
    }
}
