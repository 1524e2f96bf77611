package org.ccadmin.licensing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.licensing.infrastructure.AuthorityClock;
import org.ccadmin.shared.application.SimulatedTime;
import org.ccadmin.shared.domain.InvalidInputException;

/**
 * Advances the simulated clock the way real time would pass: it stops at every instant the licensing timer
 * would have had something to do (a deadline, a renewal, a retry) and evaluates there, so a jump of six months
 * renews the authorization every 30 days instead of letting it expire. Each step is its own transaction.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimeTravel {

    /** A guard against a loop that would not move forward; far above a few years of daily retries. */
    static final int MAX_STEPS = 5000;
    static final Period MAX_ADVANCE = Period.ofYears(10);

    @Inject
    private SimulatedTime time;

    @Inject
    private LicensingService licensing;

    @Inject
    private AuthorityClock authorityClock;

    public Instant now() {
        return time.now();
    }

    /** {@code advanceBy} is ISO-8601: a period such as {@code P30D} or {@code P6M}, or a duration such as {@code PT15M}. */
    public ClockAdvance advance(String advanceBy) {
        Instant from = time.now();
        Instant target = target(from, advanceBy);
        // The authority refuses messages more than minutes off its own clock, so it moves along at every step.
        AuthorityClock.Session authority = authorityClock.session();
        int steps = 0;
        Instant at = from;
        while (steps < MAX_STEPS) {
            Instant next = licensing.nextWakeUp();
            if (next == null || next.isAfter(target)) {
                break;
            }
            Instant moved = time.moveTo(next.isAfter(at) ? next : at.plusMillis(1));
            authority.advance(Duration.between(at, moved));
            at = moved;
            licensing.evaluate();
            steps++;
        }
        Instant to = time.moveTo(target);
        authority.advance(Duration.between(at, to));
        licensing.evaluate();
        return new ClockAdvance(from, to, steps + 1, authority.advanced(), authority.message());
    }

    static Instant target(Instant from, String advanceBy) {
        if (advanceBy == null || advanceBy.isBlank()) {
            throw invalid("advanceBy is required, e.g. \"P30D\" or \"PT15M\".");
        }
        Instant target;
        try {
            target = advanceBy.contains("T")
                    ? from.plus(Duration.parse(advanceBy.strip()))
                    : from.atZone(ZoneOffset.UTC).plus(Period.parse(advanceBy.strip())).toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw invalid("advanceBy must be an ISO-8601 period or duration, e.g. \"P30D\", \"P6M\" or \"PT15M\".");
        }
        if (!target.isAfter(from)) {
            throw invalid("advanceBy must be positive: the clock only moves forward.");
        }
        if (target.isAfter(from.atZone(ZoneOffset.UTC).plus(MAX_ADVANCE).toInstant())) {
            throw invalid("advanceBy may be at most " + MAX_ADVANCE + " at a time.");
        }
        return target;
    }

    private static InvalidInputException invalid(String message) {
        return InvalidInputException.of("advanceBy", "invalidInput.invalidPeriod", message);
    }
}
