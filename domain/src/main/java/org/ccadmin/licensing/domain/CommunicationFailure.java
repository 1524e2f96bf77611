package org.ccadmin.licensing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The last exchange with the authority failed (unreachable, or refused): the status shows it as an alert, and
 * the automatic renewals wait until {@code nextAttemptAt} instead of retrying on every timer run. The wait
 * doubles with each consecutive failure, from {@link #FIRST_RETRY} up to {@link #MAX_RETRY}, so an authority
 * that is down for days is asked a few times a day, not every few minutes. A success clears it.
 *
 * @param code     {@link #UNREACHABLE} when no answer came, else the authority's refusal code
 * @param attempts consecutive failed exchanges, 1 for the first
 */
public record CommunicationFailure(AuthorityRequest request, Instant at, String code, String message, int attempts,
        Instant nextAttemptAt) {

    public static final String UNREACHABLE = "authority.unreachable";
    public static final Duration FIRST_RETRY = Duration.ofMinutes(15);
    public static final Duration MAX_RETRY = Duration.ofHours(24);

    public CommunicationFailure {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** The failure at {@code now}, following {@code previous} (null if the last exchange succeeded). */
    static CommunicationFailure after(CommunicationFailure previous, AuthorityRequest request, String code,
            String message, Instant now) {
        int attempts = previous == null ? 1 : previous.attempts + 1;
        return new CommunicationFailure(request, now, code, message, attempts, now.plus(backoff(attempts)));
    }

    /** 15 min, 30 min, 1 h, 2 h, … at most 24 h. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < attempts && wait.compareTo(MAX_RETRY) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }

    public boolean isUnreachable() {
        return UNREACHABLE.equals(code);
    }

    /** Whether an automatic renewal may be tried at {@code now}. */
    public boolean allowsAttemptAt(Instant now) {
        return !now.isBefore(nextAttemptAt);
    }
}
