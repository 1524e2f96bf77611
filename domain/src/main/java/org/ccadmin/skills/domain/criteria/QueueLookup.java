package org.ccadmin.skills.domain.criteria;

import java.util.OptionalInt;

/** How many steps the precision queue of that exact (case-sensitive) name has, or empty when none exists. */
@FunctionalInterface
public interface QueueLookup {

    OptionalInt steps(String queueName);
}
