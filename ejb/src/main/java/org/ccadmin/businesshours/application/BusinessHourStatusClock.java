package org.ccadmin.businesshours.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ccadmin.businesshours.domain.BusinessHour;
import org.ccadmin.businesshours.domain.BusinessHours;
import org.ccadmin.businesshours.domain.BusinessStatus;
import org.ccadmin.shared.application.ClockMoved;

/**
 * Announces a business hour's status change when it happens, without polling: it computes the next instant
 * at which any business hour's status or reason changes and sets a timer for that instant; when it fires, the
 * business hours that flipped are announced ({@link BusinessHourStatusChanged}, pushed to open pages) and the
 * next one is set. A change of business hours or a move of the simulated clock sets it again.
 * <p>
 * Each node keeps its own (non-persistent) timer and tells the pages connected to it: a status flip is a pure
 * function of the time and the stored configuration, so every node finds it by itself and nothing has to be
 * shared. A change made on another node reaches this one's schedule at the latest after {@link #RECHECK}
 * (until configuration changes are relayed between nodes).
 */
@Singleton
@Startup
public class BusinessHourStatusClock {

    static final Duration RECHECK = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(BusinessHourStatusClock.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private BusinessHours hours;

    @Inject
    private Clock clock;

    @Inject
    private Event<BusinessHourStatusChanged> changed;

    /** What each business hour's status was at the last evaluation, as {@code open:reason}. */
    private final Map<Long, String> last = new HashMap<>();

    /** When each business hour's status next changes (absent: not within the recheck), as of its last evaluation. */
    private final Map<Long, Instant> nextChange = new HashMap<>();

    @PostConstruct
    void start() {
        // Not during start-up itself: the schema migration may still be running.
        timers.createSingleActionTimer(2_000, new TimerConfig("business-hour-status", false));
    }

    @Timeout
    void due(Timer timer) {
        evaluate();
    }

    // After the change's commit its transaction is over: this evaluation needs one of its own.
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void configurationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BusinessHoursChanged change) {
        // Only the business hours that changed: the others' statuses and next changes still hold, and a full
        // evaluation per change would make filling the system with 1,000 business hours quadratic.
        Instant now = clock.instant();
        List<Long> flipped = new ArrayList<>();
        for (Long id : change.ids()) {
            Optional<BusinessHour> found = hours.find(id);
            if (found.isEmpty()) {
                last.remove(id);
                nextChange.remove(id);
            } else if (record(found.get(), now)) {
                flipped.add(id);
            }
        }
        schedule(now, flipped);
    }

    public void clockMoved(@Observes ClockMoved moved) {
        evaluate();
    }

    /** Announces the business hours whose status changed since the last evaluation and sets the timer for the next change. */
    public void evaluate() {
        Instant now = clock.instant();
        List<Long> flipped = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (BusinessHour b : hours.all()) {
            seen.add(b.id());
            if (record(b, now)) {
                flipped.add(b.id());
            }
        }
        last.keySet().retainAll(seen);
        nextChange.keySet().retainAll(seen);
        schedule(now, flipped);
    }

    /** Notes {@code b}'s status at {@code now} and when it changes next; true if it differs from the one noted before. */
    private boolean record(BusinessHour b, Instant now) {
        BusinessStatus s = b.calendar().statusAt(now);
        String status = s.open() + ":" + s.reasonCode();
        String previous = last.put(b.id(), status);
        if (s.until() != null && s.until().isBefore(now.plus(RECHECK))) {
            nextChange.put(b.id(), s.until());
        } else {
            nextChange.remove(b.id());
        }
        return previous != null && !previous.equals(status);
    }

    /** Sets the one timer for the earliest next change (at the latest the recheck) and announces {@code flipped}. */
    private void schedule(Instant now, List<Long> flipped) {
        Instant next = now.plus(RECHECK);
        for (Instant at : nextChange.values()) {
            if (at.isBefore(next)) {
                next = at;
            }
        }
        for (Timer t : timers.getTimers()) {
            t.cancel();
        }
        // A little after the boundary, so that the evaluation then sees the new status.
        long delay = Math.max(1, Duration.between(now, next).toMillis() + 20);
        timers.createSingleActionTimer(delay, new TimerConfig("business-hour-status", false));
        if (!flipped.isEmpty()) {
            LOG.fine(() -> "Business hours " + flipped + " changed status");
            changed.fire(new BusinessHourStatusChanged(List.copyOf(flipped)));
        }
    }
}
