package org.ccadmin.callsettings.web;

import java.io.Serializable;
import org.ccadmin.callsettings.application.MediaRoutingDomainView;
import org.ccadmin.callsettings.domain.MediaRoutingDomainDraft;

/**
 * The fields of the media routing domain dialog. A blank number means "not given": the domain's default
 * on create, the current value on update. A blank name or description is sent as empty text, so that
 * clearing the description clears it and clearing the name is reported by the domain.
 */
public class MediaRoutingDomainForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long changeStamp;
    private boolean builtIn;
    private String name;
    private String description;
    private Integer taskLife;
    private Integer taskStartTimeout;
    private Integer maxTaskDuration;
    private Integer serviceLevelThreshold;
    private boolean interruptible;
    private Integer maxTasksInQueue;
    private Integer maxTimeInQueue;

    public static MediaRoutingDomainForm blank() {
        return new MediaRoutingDomainForm();
    }

    public static MediaRoutingDomainForm of(MediaRoutingDomainView v) {
        MediaRoutingDomainForm f = new MediaRoutingDomainForm();
        f.id = v.id();
        f.changeStamp = v.changeStamp();
        f.builtIn = v.builtIn();
        f.name = v.name();
        f.description = v.description();
        f.taskLife = v.taskLife();
        f.taskStartTimeout = v.taskStartTimeout();
        f.maxTaskDuration = v.maxTaskDuration();
        f.serviceLevelThreshold = v.serviceLevelThreshold();
        f.interruptible = v.interruptible();
        f.maxTasksInQueue = v.maxTasksInQueue();
        f.maxTimeInQueue = v.maxTimeInQueue();
        return f;
    }

    MediaRoutingDomainDraft draft() {
        return new MediaRoutingDomainDraft(name == null ? "" : name, description == null ? "" : description, taskLife,
                taskStartTimeout, maxTaskDuration, serviceLevelThreshold, interruptible, maxTasksInQueue, maxTimeInQueue);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public long getChangeStamp() { return changeStamp; }
    public boolean isBuiltIn() { return builtIn; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getTaskLife() { return taskLife; }
    public void setTaskLife(Integer taskLife) { this.taskLife = taskLife; }
    public Integer getTaskStartTimeout() { return taskStartTimeout; }
    public void setTaskStartTimeout(Integer taskStartTimeout) { this.taskStartTimeout = taskStartTimeout; }
    public Integer getMaxTaskDuration() { return maxTaskDuration; }
    public void setMaxTaskDuration(Integer maxTaskDuration) { this.maxTaskDuration = maxTaskDuration; }
    public Integer getServiceLevelThreshold() { return serviceLevelThreshold; }
    public void setServiceLevelThreshold(Integer serviceLevelThreshold) { this.serviceLevelThreshold = serviceLevelThreshold; }
    public boolean isInterruptible() { return interruptible; }
    public void setInterruptible(boolean interruptible) { this.interruptible = interruptible; }
    public Integer getMaxTasksInQueue() { return maxTasksInQueue; }
    public void setMaxTasksInQueue(Integer maxTasksInQueue) { this.maxTasksInQueue = maxTasksInQueue; }
    public Integer getMaxTimeInQueue() { return maxTimeInQueue; }
    public void setMaxTimeInQueue(Integer maxTimeInQueue) { this.maxTimeInQueue = maxTimeInQueue; }
}
