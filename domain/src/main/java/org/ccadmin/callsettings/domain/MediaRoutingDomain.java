package org.ccadmin.callsettings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;

/**
 * A media routing domain: one medium the contact center routes, with the limits its tasks live under.
 * The voice domain is built in and read-only; multichannel domains are created, revised and deleted by
 * administrators. Every setting is range-checked here, whichever path (REST, console, bulk) the change
 * came by. Times are in seconds.
 */
@Entity
@Table(name = "media_routing_domain")
public class MediaRoutingDomain implements Auditable {

    public static final String RESOURCE = "media routing domain";
    public static final int MAX_PER_SYSTEM = 20;
    public static final Set<String> SORTABLE = Set.of("name", "description", "id", "type", "interruptible",
            "maxTasksInQueue", "maxTaskDuration", "maxTimeInQueue", "serviceLevelThreshold", "taskLife", "taskStartTimeout");

    static final int DEFAULT_TASK_LIFE = 1200;
    static final int DEFAULT_TASK_START_TIMEOUT = 30;
    static final int DEFAULT_MAX_TASK_DURATION = 28800;
    static final int DEFAULT_SERVICE_LEVEL_THRESHOLD = 30;
    static final int DEFAULT_MAX_TASKS_IN_QUEUE = 10000;
    static final int DEFAULT_MAX_TIME_IN_QUEUE = 3600;

    /** Inclusive ranges, in seconds or tasks; documented in docs/call-settings.md. */
    public static final int TASK_LIFE_MAX = 28800;
    public static final int TASK_START_TIMEOUT_MAX = 3600;
    public static final int MAX_TASK_DURATION_MAX = 86400;
    public static final int SERVICE_LEVEL_THRESHOLD_MAX = Integer.MAX_VALUE;
    public static final int MAX_TASKS_IN_QUEUE_MAX = 100000;
    public static final int MAX_TIME_IN_QUEUE_MAX = 259200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 32)
    private String name;

    @Column(name = "name_key", nullable = false, length = 32)
    private String nameKey;

    @Column(name = "description", length = 255)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private MediaRoutingDomainType type;

    @Column(name = "task_life", nullable = false)
    private int taskLife;

    @Column(name = "task_start_timeout", nullable = false)
    private int taskStartTimeout;

    @Column(name = "max_task_duration", nullable = false)
    private int maxTaskDuration;

    @Column(name = "service_level_threshold", nullable = false)
    private int serviceLevelThreshold;

    @Column(name = "interruptible", nullable = false)
    private boolean interruptible;

    @Column(name = "max_tasks_in_queue", nullable = false)
    private int maxTasksInQueue;

    @Column(name = "max_time_in_queue", nullable = false)
    private int maxTimeInQueue;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected MediaRoutingDomain() {
    }

    /** A new multichannel domain; settings not given take the modelled system's defaults. */
    public static MediaRoutingDomain multichannel(MediaRoutingDomainDraft draft) {
        MediaRoutingDomain m = new MediaRoutingDomain();
        m.type = MediaRoutingDomainType.MULTICHANNEL;
        m.taskLife = DEFAULT_TASK_LIFE;
        m.taskStartTimeout = DEFAULT_TASK_START_TIMEOUT;
        m.maxTaskDuration = DEFAULT_MAX_TASK_DURATION;
        m.serviceLevelThreshold = DEFAULT_SERVICE_LEVEL_THRESHOLD;
        m.maxTasksInQueue = DEFAULT_MAX_TASKS_IN_QUEUE;
        m.maxTimeInQueue = DEFAULT_MAX_TIME_IN_QUEUE;
        m.apply(draft, true);
        return m;
    }

    /** Applies the given fields; the voice domain is read-only. */
    public void revise(MediaRoutingDomainDraft draft) {
        if (isBuiltIn()) {
            throw ConflictException.builtIn(RESOURCE, name, "changed");
        }
        apply(draft, false);
    }

    /** Throws when this domain may not be deleted for reasons of its own (references are checked outside). */
    public void checkDeletable() {
        if (isBuiltIn()) {
            throw ConflictException.builtIn(RESOURCE, name, "deleted");
        }
    }

    private void apply(MediaRoutingDomainDraft d, boolean creating) {
        Violations v = new Violations();
        String newName = d.name() != null || creating ? d.name() : name;
        Names.checkName(v, "name", newName);
        Names.checkDescription(v, "description", d.description());
        v.range("taskLife", d.taskLife(), 1, TASK_LIFE_MAX);
        v.range("taskStartTimeout", d.taskStartTimeout(), 1, TASK_START_TIMEOUT_MAX);
        v.range("maxTaskDuration", d.maxTaskDuration(), 1, MAX_TASK_DURATION_MAX);
        v.range("serviceLevelThreshold", d.serviceLevelThreshold(), 0, SERVICE_LEVEL_THRESHOLD_MAX);
        v.range("maxTasksInQueue", d.maxTasksInQueue(), 1, MAX_TASKS_IN_QUEUE_MAX);
        v.range("maxTimeInQueue", d.maxTimeInQueue(), 1, MAX_TIME_IN_QUEUE_MAX);
        v.throwIfAny();
        name = newName;
        nameKey = Names.key(newName);
        if (d.description() != null || creating) {
            description = Names.normalizeDescription(d.description());
        }
        taskLife = d.taskLife() != null ? d.taskLife() : taskLife;
        taskStartTimeout = d.taskStartTimeout() != null ? d.taskStartTimeout() : taskStartTimeout;
        maxTaskDuration = d.maxTaskDuration() != null ? d.maxTaskDuration() : maxTaskDuration;
        serviceLevelThreshold = d.serviceLevelThreshold() != null ? d.serviceLevelThreshold() : serviceLevelThreshold;
        interruptible = d.interruptible() != null ? d.interruptible() : interruptible;
        maxTasksInQueue = d.maxTasksInQueue() != null ? d.maxTasksInQueue() : maxTasksInQueue;
        maxTimeInQueue = d.maxTimeInQueue() != null ? d.maxTimeInQueue() : maxTimeInQueue;
    }

    public boolean isBuiltIn() {
        return type == MediaRoutingDomainType.VOICE;
    }

    @Override
    public String auditType() {
        return "mediaRoutingDomain";
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditName() {
        return name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("description", description);
        s.put("type", type.name().toLowerCase(java.util.Locale.ROOT));
        s.put("taskLife", taskLife);
        s.put("taskStartTimeout", taskStartTimeout);
        s.put("maxTaskDuration", maxTaskDuration);
        s.put("serviceLevelThreshold", serviceLevelThreshold);
        s.put("interruptible", interruptible);
        s.put("maxTasksInQueue", maxTasksInQueue);
        s.put("maxTimeInQueue", maxTimeInQueue);
        return s;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String nameKey() { return nameKey; }
    public String description() { return description; }
    public MediaRoutingDomainType type() { return type; }
    public int taskLife() { return taskLife; }
    public int taskStartTimeout() { return taskStartTimeout; }
    public int maxTaskDuration() { return maxTaskDuration; }
    public int serviceLevelThreshold() { return serviceLevelThreshold; }
    public boolean interruptible() { return interruptible; }
    public int maxTasksInQueue() { return maxTasksInQueue; }
    public int maxTimeInQueue() { return maxTimeInQueue; }
    public long changeStamp() { return changeStamp; }
}
