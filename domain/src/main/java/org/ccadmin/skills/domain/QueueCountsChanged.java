package org.ccadmin.skills.domain;

import java.util.Set;

/**
 * The agent counts of these precision queues may have changed: a queue was saved or deleted, or agents'
 * attribute values changed (REST, console, a multi-agent edit, a bulk chunk). Fired inside the transaction
 * that made the change; observers act after the commit, so a rolled-back change never reaches a page.
 */
public record QueueCountsChanged(Set<Long> queueIds) {

    public QueueCountsChanged {
        queueIds = Set.copyOf(queueIds);
    }
}
