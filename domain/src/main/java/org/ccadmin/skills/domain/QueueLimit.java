package org.ccadmin.skills.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.skills.domain.criteria.QueueCriteria;

/**
 * At most {@value #MAX_QUEUES_PER_AGENT} precision queues may match one agent (an agent is matched by a queue
 * when it matches any of its steps), as in the modelled system. A configuration change is refused when it
 * pushes an agent over the limit: the agent ends up matched by more than 50 queues and by more than before
 * (a change that leaves an agent where it was, or brings it down, is never refused). The same refusal, naming
 * the agents, answers a queue save, an agent's attribute change and a bulk row.
 */
public final class QueueLimit {

    public static final int MAX_QUEUES_PER_AGENT = 50;
    public static final String CODE = "limitExceeded.queuesPerAgent";
    /** How many agents a refusal names; the rest are counted. */
    public static final int NAMED_AGENTS = 5;

    private QueueLimit() {
    }

    /** The ids of the queues that match an agent holding {@code held} (attribute name key → stored value). */
    public static Set<Long> matching(Map<String, Integer> held, Collection<QueueCriteria> queues) {
        Set<Long> ids = new HashSet<>();
        if (held.isEmpty()) {
            return ids;
        }
        for (QueueCriteria q : queues) {
            if (q.matches(held)) {
                ids.add(q.queueId());
            }
        }
        return ids;
    }

    /** Whether an agent going from {@code before} to {@code after} matching queues is pushed over the limit. */
    public static boolean pushesOver(int before, int after) {
        return after > MAX_QUEUES_PER_AGENT && after > before;
    }

    /**
     * Refuses an agent's change from {@code before} to {@code after} held values; answers the queues whose
     * match changed (the queues whose counts move).
     */
    public static Set<Long> checkAgent(String userName, Map<String, Integer> before, Map<String, Integer> after,
            Collection<QueueCriteria> queues) {
        Set<Long> was = matching(before, queues);
        Set<Long> is = matching(after, queues);
        if (pushesOver(was.size(), is.size())) {
            throw refusal(List.of(userName), 1);
        }
        Set<Long> moved = new HashSet<>(was);
        moved.addAll(is);
        Set<Long> both = new HashSet<>(was);
        both.retainAll(is);
        moved.removeAll(both);
        return moved;
    }

    /** The refusal naming the first agents ({@code named}, at most {@link #NAMED_AGENTS} used) of {@code total}. */
    public static ConflictException refusal(List<String> named, long total) {
        List<String> shown = named.subList(0, Math.min(NAMED_AGENTS, named.size()));
        String more = total > shown.size() ? " and " + (total - shown.size()) + " more" : "";
        String who = total == 1 ? "agent " + shown.get(0) : total + " agents (" + String.join(", ", shown) + more + ")";
        return new ConflictException(CODE, "This change would make " + who + " matched by more than "
                + MAX_QUEUES_PER_AGENT + " precision queues, the most one agent may be matched by. Nothing was changed.");
    }
}
