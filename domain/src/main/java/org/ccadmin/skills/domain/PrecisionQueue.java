package org.ccadmin.skills.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.skills.domain.criteria.QueueStep;
import org.ccadmin.skills.domain.criteria.StepRules;

/**
 * A precision queue: agents are selected step by step by attribute criteria; a call waits on each step for
 * its wait time (when its Consider If holds) and moves on. The media routing domain is fixed at creation, as
 * in the modelled system. Rules over the steps are {@link StepRules}; the ones needing other aggregates
 * (attribute existence, referenced queues, limits) are checked by the service before calling in here.
 */
@Entity
@Table(name = "precision_queue")
public class PrecisionQueue implements Auditable {

    public static final String RESOURCE = "precision queue";
    public static final int MAX_PER_SYSTEM = 4_000;
    public static final int MAX_STEPS_PER_SYSTEM = 10_000;
    public static final int SERVICE_LEVEL_THRESHOLD_MAX = 2_147_483_647;
    public static final Set<String> SORTABLE = Set.of("name", "description", "id", "serviceLevelThreshold");

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

    @Column(name = "media_routing_domain_id", nullable = false)
    private long mediaRoutingDomainId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_level_type", nullable = false, length = 32)
    private ServiceLevelType serviceLevelType;

    @Column(name = "service_level_threshold", nullable = false)
    private int serviceLevelThreshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_order", nullable = false, length = 32)
    private AgentOrder agentOrder;

    @Column(name = "bucket_interval_id")
    private Long bucketIntervalId;

    @OneToMany(mappedBy = "queue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PrecisionQueueStep> steps = new ArrayList<>();

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected PrecisionQueue() {
    }

    /** A new queue; defaults as the modelled console: ignore abandoned, longest available, system bucket interval. */
    public static PrecisionQueue create(PrecisionQueueDraft d, ToLongFunction<String> attributeIds) {
        Violations v = new Violations();
        Names.checkName(v, "name", d.name());
        Names.checkDescription(v, "description", d.description());
        v.required("mediaRoutingDomainId", d.mediaRoutingDomainId());
        int threshold = d.serviceLevelThreshold() == null ? 30 : d.serviceLevelThreshold();
        v.range("serviceLevelThreshold", threshold, 0, SERVICE_LEVEL_THRESHOLD_MAX);
        StepRules.check(d.steps(), v);
        v.throwIfAny();
        PrecisionQueue q = new PrecisionQueue();
        q.name = d.name();
        q.nameKey = Names.key(d.name());
        q.description = Names.normalizeDescription(d.description());
        q.mediaRoutingDomainId = d.mediaRoutingDomainId();
        q.serviceLevelType = Objects.requireNonNullElse(d.serviceLevelType(), ServiceLevelType.IGNORE_ABANDONED);
        q.serviceLevelThreshold = threshold;
        q.agentOrder = Objects.requireNonNullElse(d.agentOrder(), AgentOrder.LONGEST_AVAILABLE);
        q.bucketIntervalId = d.useSystemDefault() ? null : d.bucketIntervalId();
        q.replaceSteps(d.steps(), attributeIds);
        return q;
    }

    /** Applies the fields given; steps given replace all steps. */
    public void revise(PrecisionQueueDraft d, ToLongFunction<String> attributeIds) {
        Violations v = new Violations();
        if (d.name() != null) {
            Names.checkName(v, "name", d.name());
        }
        if (d.description() != null) {
            Names.checkDescription(v, "description", d.description());
        }
        if (d.mediaRoutingDomainId() != null && d.mediaRoutingDomainId() != mediaRoutingDomainId) {
            v.add("mediaRoutingDomainId", "invalidInput.fixed",
                    "The media routing domain of a precision queue cannot change after creation; create a new queue instead.");
        }
        if (d.serviceLevelThreshold() != null) {
            v.range("serviceLevelThreshold", d.serviceLevelThreshold(), 0, SERVICE_LEVEL_THRESHOLD_MAX);
        }
        if (d.steps() != null) {
            StepRules.check(d.steps(), v);
        }
        v.throwIfAny();
        if (d.name() != null) {
            name = d.name();
            nameKey = Names.key(d.name());
        }
        if (d.description() != null) {
            description = Names.normalizeDescription(d.description());
        }
        if (d.serviceLevelType() != null) {
            serviceLevelType = d.serviceLevelType();
        }
        if (d.serviceLevelThreshold() != null) {
            serviceLevelThreshold = d.serviceLevelThreshold();
        }
        if (d.agentOrder() != null) {
            agentOrder = d.agentOrder();
        }
        if (d.useSystemDefault()) {
            bucketIntervalId = null;
        } else if (d.bucketIntervalId() != null) {
            bucketIntervalId = d.bucketIntervalId();
        }
        if (d.steps() != null) {
            replaceSteps(d.steps(), attributeIds);
        }
    }

    /**
     * Rewrites the stored steps in place and adds or drops the difference: replacing them all would insert
     * the new step 1 before the old one is deleted (orphans go last in a flush) and break the unique position.
     */
    private void replaceSteps(List<QueueStep> given, ToLongFunction<String> attributeIds) {
        for (int i = 0; i < given.size(); i++) {
            if (i < steps.size()) {
                steps.get(i).rewrite(given.get(i), attributeIds);
            } else {
                steps.add(PrecisionQueueStep.of(this, i, given.get(i), attributeIds));
            }
        }
        while (steps.size() > given.size()) {
            steps.remove(steps.size() - 1);
        }
    }

    @Override
    public String auditType() {
        return RESOURCE;
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
        s.put("mediaRoutingDomainId", mediaRoutingDomainId);
        s.put("serviceLevelType", serviceLevelType.name());
        s.put("serviceLevelThreshold", serviceLevelThreshold);
        s.put("agentOrder", agentOrder.name());
        s.put("bucketIntervalId", bucketIntervalId);
        // The steps as they route (attributes by id): a change of a term is a change of the queue.
        s.put("steps", steps.stream().map(st -> st.position() + ": " + org.ccadmin.skills.domain.criteria.CriteriaText.format(
                st.criteria(a -> "#" + a), n -> AttributeType.PROFICIENCY)
                + (st.waitTime() == null ? "" : " wait " + st.waitTime()) + (st.considerIf() == null ? "" : " if " + st.considerIf())).toList());
        return s;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public long mediaRoutingDomainId() { return mediaRoutingDomainId; }
    public ServiceLevelType serviceLevelType() { return serviceLevelType; }
    public int serviceLevelThreshold() { return serviceLevelThreshold; }
    public AgentOrder agentOrder() { return agentOrder; }
    public Long bucketIntervalId() { return bucketIntervalId; }
    public List<PrecisionQueueStep> steps() { return List.copyOf(steps); }
    public long changeStamp() { return changeStamp; }
}
