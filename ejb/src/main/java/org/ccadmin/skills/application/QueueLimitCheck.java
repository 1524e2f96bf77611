package org.ccadmin.skills.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.ccadmin.skills.domain.QueueCountsChanged;
import org.ccadmin.skills.domain.QueueLimit;
import org.ccadmin.skills.domain.criteria.Criteria;
import org.ccadmin.skills.domain.criteria.QueueCriteria;
import org.ccadmin.skills.infrastructure.CriteriaSql;
import org.ccadmin.skills.infrastructure.QueueMemberships;

/**
 * Applies {@link QueueLimit} to the three kinds of change that move agents between queues (a queue saved, an
 * agent's values changed one by one, many agents' values changed at once), and announces the queues whose
 * counts moved ({@link QueueCountsChanged}). Runs in the caller's transaction; a refusal rolls it back.
 */
@Dependent
public class QueueLimitCheck {

    /** Agents per statement when many are checked by id (well under the drivers' bind-parameter limits). */
    private static final int IDS_PER_STATEMENT = 5_000;

    @Inject
    private QueueMemberships memberships;

    @Inject
    private Event<QueueCountsChanged> countsChanged;

    /**
     * A queue is saved with {@code steps} (before: {@code previous}, empty for a new queue): refused when an
     * agent it newly matches is already matched by 50 other queues. Evaluated in the database: the agents the
     * new steps select and the old ones did not, and how many other queues each of them matches.
     */
    public void queueSaved(Long queueId, List<Criteria> steps, List<Criteria> previous, ToLongFunction<String> attributeIds) {
        CriteriaSql scope = CriteriaSql.any(steps, attributeIds);
        if (!previous.isEmpty()) {
            scope = scope.and(CriteriaSql.any(previous, attributeIds).negate());
        }
        QueueMemberships.OverLimit over = memberships.matchedByAtLeast(scope, queueId == null ? -1 : queueId,
                QueueLimit.MAX_QUEUES_PER_AGENT, QueueLimit.NAMED_AGENTS);
        if (over.any()) {
            throw QueueLimit.refusal(over.firstUserNames(), over.total());
        }
    }

    /** The counts of these queues moved (a queue saved or deleted). */
    public void countsMoved(Collection<Long> queueIds) {
        if (!queueIds.isEmpty()) {
            countsChanged.fire(new QueueCountsChanged(new HashSet<>(queueIds)));
        }
    }

    /** One agent's held values change (create: {@code before} empty; delete: {@code after} empty). */
    public void agentChanged(String userName, Map<String, Integer> before, Map<String, Integer> after) {
        if (before.equals(after)) {
            return;
        }
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        countsMoved(QueueLimit.checkAgent(userName, before, after, memberships.criteria(keys)));
    }

    /**
     * Many agents' values were just written (a multi-agent edit of these attributes): refused when one of
     * them is now matched by more than 50 queues. Evaluated in the database, a few thousand agents a statement.
     */
    public void agentsEdited(List<Long> agentIds, Collection<String> attributeKeys) {
        List<String> named = new ArrayList<>();
        long total = 0;
        for (int from = 0; from < agentIds.size(); from += IDS_PER_STATEMENT) {
            List<Long> ids = agentIds.subList(from, Math.min(agentIds.size(), from + IDS_PER_STATEMENT));
            CriteriaSql scope = new CriteriaSql("a.id in (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")",
                    List.copyOf(ids));
            QueueMemberships.OverLimit over = memberships.matchedByAtLeast(scope, -1, QueueLimit.MAX_QUEUES_PER_AGENT + 1,
                    QueueLimit.NAMED_AGENTS);
            named.addAll(over.firstUserNames());
            total += over.total();
        }
        if (total > 0) {
            throw QueueLimit.refusal(named, total);
        }
        countsMoved(memberships.criteria(attributeKeys).stream().map(QueueCriteria::queueId).toList());
    }

    /**
     * For a bulk chunk: the queues' criteria loaded once, now, before any row changes anything (a query later
     * would flush a refused row's pending changes before it is detached); the moved queues announced once at
     * the end.
     */
    public Chunk chunk() {
        return new Chunk();
    }

    public final class Chunk {

        private final List<QueueCriteria> queues;
        private final Set<Long> moved = new HashSet<>();

        private Chunk() {
            queues = memberships.criteria(null);
        }

        public void agentChanged(String userName, Map<String, Integer> before, Map<String, Integer> after) {
            if (before.equals(after)) {
                return;
            }
            moved.addAll(QueueLimit.checkAgent(userName, before, after, queues));
        }

        public void finish() {
            countsMoved(moved);
        }
    }
}
