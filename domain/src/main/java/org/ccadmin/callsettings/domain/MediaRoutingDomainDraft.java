package org.ccadmin.callsettings.domain;

/**
 * What a client asks a media routing domain to be. Null means "not given": on create the default applies,
 * on update the current value stays (an update carries only the fields it changes).
 */
public record MediaRoutingDomainDraft(String name, String description, Integer taskLife, Integer taskStartTimeout,
        Integer maxTaskDuration, Integer serviceLevelThreshold, Boolean interruptible, Integer maxTasksInQueue,
        Integer maxTimeInQueue) {

    public static MediaRoutingDomainDraft named(String name) {
        return new MediaRoutingDomainDraft(name, null, null, null, null, null, null, null, null);
    }
}
