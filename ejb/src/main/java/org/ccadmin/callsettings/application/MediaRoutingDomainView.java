package org.ccadmin.callsettings.application;

import org.ccadmin.callsettings.domain.MediaRoutingDomain;

/** A media routing domain as it leaves the service (and as the API shows it). */
public record MediaRoutingDomainView(long id, String name, String description, String type, boolean builtIn,
        int taskLife, int taskStartTimeout, int maxTaskDuration, int serviceLevelThreshold, boolean interruptible,
        int maxTasksInQueue, int maxTimeInQueue, long changeStamp) {

    public static MediaRoutingDomainView of(MediaRoutingDomain m) {
        return new MediaRoutingDomainView(m.id(), m.name(), m.description(), m.type().name().toLowerCase(),
                m.isBuiltIn(), m.taskLife(), m.taskStartTimeout(), m.maxTaskDuration(), m.serviceLevelThreshold(),
                m.interruptible(), m.maxTasksInQueue(), m.maxTimeInQueue(), m.changeStamp());
    }
}
