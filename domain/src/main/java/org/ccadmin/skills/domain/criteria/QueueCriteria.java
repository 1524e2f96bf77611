package org.ccadmin.skills.domain.criteria;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccadmin.shared.domain.Names;

/**
 * A queue as far as matching goes: its steps' criteria. An agent is matched by a queue when it matches any
 * of its steps, so an agent is counted once per queue however many steps select it.
 */
public record QueueCriteria(long queueId, String queueName, List<Criteria> steps) {

    public QueueCriteria {
        Objects.requireNonNull(queueName, "queueName");
        steps = List.copyOf(steps);
    }

    /** Whether an agent holding {@code held} (attribute name key → stored value, see {@link Names#key}) matches. */
    public boolean matches(Map<String, Integer> held) {
        return steps.stream().anyMatch(s -> s.matches(name -> held.get(Names.key(name))));
    }
}
