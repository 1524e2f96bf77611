package org.ccadmin.skills.application;

import org.ccadmin.shared.infrastructure.CreationGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccadmin.agents.application.AgentViews.AgentSummary;
import org.ccadmin.callsettings.domain.BucketIntervals;
import org.ccadmin.callsettings.domain.MediaRoutingDomains;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.application.References;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeType;
import org.ccadmin.skills.domain.Attributes;
import org.ccadmin.skills.domain.PrecisionQueue;
import org.ccadmin.skills.domain.PrecisionQueueDraft;
import org.ccadmin.skills.domain.PrecisionQueueStep;
import org.ccadmin.skills.domain.criteria.Criteria;
import org.ccadmin.skills.domain.criteria.CriteriaText;
import org.ccadmin.skills.domain.criteria.QueueStep;
import org.ccadmin.skills.domain.criteria.StepRules;
import org.ccadmin.skills.domain.criteria.StepWarning;
import org.ccadmin.skills.infrastructure.JpaPrecisionQueues;
import org.ccadmin.skills.infrastructure.QueueMatching;

/**
 * Precision queue use cases. Steps arrive as text or structured input and are resolved here against the
 * configured attributes and queues (the domain rules need both); counts and agent lists come from the
 * database. REST and console both call these.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class PrecisionQueueService {

    @Inject
    private CreationGate gate;

    @Inject
    private JpaPrecisionQueues queues;

    @Inject
    private Attributes attributes;

    @Inject
    private org.ccadmin.agents.domain.Agents agents;

    @Inject
    private org.ccadmin.agents.application.SupervisorScope scope;

    @Inject
    private MediaRoutingDomains domains;

    @Inject
    private BucketIntervals intervals;

    @Inject
    private QueueMatching matching;

    @Inject
    private QueueSteps stepResolver;

    @Inject
    private ChangeLog changes;

    @Inject
    private References references;

    @Inject
    private QueueLimitCheck limit;

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<PrecisionQueueView.Summary> search(PageRequest page) {
        Page<PrecisionQueue> found = queues.search(page);
        java.util.Set<Long> within = scope.current().filter();
        // One statement per queue, over the values of its own attributes only (a supervisor's: of its agents only).
        return found.map(q -> new PrecisionQueueView.Summary(q.id(), q.name(), q.description(),
                q.mediaRoutingDomainId(), q.steps().size(), matching.countAny(criteria(q), this::attributeId, within), q.changeStamp()));
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public PrecisionQueueView get(long id) {
        return view(load(id));
    }

    /** The agents a step (numbered from 1) selects, logged in or not. */
    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<AgentSummary> stepAgents(long id, int step, PageRequest page) {
        PrecisionQueue q = load(id);
        if (step < 1 || step > q.steps().size()) {
            throw InvalidInputException.of("step", "invalidInput.outOfRange",
                    "Queue " + q.name() + " has steps 1 to " + q.steps().size() + ".");
        }
        return matching.agents(criteria(q).get(step - 1), this::attributeId, page, scope.current().filter()).map(AgentSummary::of);
    }

    /** A queue an agent is eligible for, and which of its steps (numbered from 1) select it. */
    public record Eligibility(long queueId, String queueName, List<Integer> steps) {
    }

    /**
     * The queues and steps an agent's attributes satisfy (logged in or not), evaluated with the same rule as the
     * database matching ({@link Criteria#matches}); the modelled system shows no such list.
     */
    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public List<Eligibility> eligibility(long agentId) {
        org.ccadmin.agents.domain.Agent agent = scope.current().require(agents.findWithDetails(agentId)
                .orElseThrow(() -> new ResourceNotFoundException(org.ccadmin.agents.domain.Agent.RESOURCE, agentId)));
        Map<String, Integer> held = new HashMap<>();
        agent.attributes().forEach(a -> held.put(a.attribute().name().toLowerCase(Locale.ROOT), a.value()));
        List<Eligibility> out = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (PrecisionQueue q : queues.allWithSteps()) {
            List<Integer> steps = new ArrayList<>();
            for (PrecisionQueueStep s : q.steps()) {
                Criteria c = s.criteria(id -> names.computeIfAbsent(id, this::attributeName));
                if (c.matches(name -> held.get(name.toLowerCase(Locale.ROOT)))) {
                    steps.add(s.position() + 1);
                }
            }
            if (!steps.isEmpty()) {
                out.add(new Eligibility(q.id(), q.name(), steps));
            }
        }
        return out;
    }

    public PrecisionQueueView create(PrecisionQueueInput input) {
        Violations v = new Violations();
        checkReferences(input, v);
        List<QueueStep> steps = stepResolver.resolve(input.name(), input.steps(), v);
        v.throwIfAny();
        PrecisionQueue q = PrecisionQueue.create(draft(input, steps), this::attributeId);
        gate.enter(PrecisionQueue.RESOURCE);
        if (queues.count() >= PrecisionQueue.MAX_PER_SYSTEM) {
            throw ConflictException.limitReached(PrecisionQueue.RESOURCE, PrecisionQueue.MAX_PER_SYSTEM);
        }
        checkStepTotal(steps.size());
        if (queues.nameTaken(q.name(), null)) {
            throw ConflictException.duplicateName(PrecisionQueue.RESOURCE, q.name());
        }
        limit.queueSaved(null, steps.stream().map(QueueStep::criteria).toList(), List.of(), this::attributeId);
        queues.add(q);
        changes.created(q);
        limit.countsMoved(List.of(q.id()));
        return view(q);
    }

    public PrecisionQueueView update(long id, ChangeStamp stamp, PrecisionQueueInput input) {
        PrecisionQueue q = load(id);
        stamp.verify(PrecisionQueue.RESOURCE, id, q.changeStamp());
        Violations v = new Violations();
        checkReferences(input, v);
        String name = input.name() != null ? input.name() : q.name();
        List<QueueStep> steps = input.steps() == null ? null : stepResolver.resolve(name, input.steps(), v);
        v.throwIfAny();
        if (input.name() != null && queues.nameTaken(input.name(), id)) {
            throw ConflictException.duplicateName(PrecisionQueue.RESOURCE, input.name());
        }
        if (input.name() != null && !input.name().equals(q.name())) {
            List<PrecisionQueue> referencing = queues.referencing(q.name(), id);
            if (!referencing.isEmpty()) {
                throw referencedBy(referencing, "The precision queue '" + q.name() + "' cannot be renamed while the Consider If of "
                        + names(referencing) + " refers to it by name; change those first.");
            }
        }
        if (steps != null && steps.size() < q.steps().size()) {
            // A Consider If may name a step of this queue (PQStep.<name>.<n>): that step must still exist.
            java.util.regex.Pattern step = java.util.regex.Pattern.compile("PQStep\\." + java.util.regex.Pattern.quote(q.name()) + "\\.(\\d+)\\.");
            List<PrecisionQueue> broken = queues.referencing(q.name(), id).stream().filter(r -> r.steps().stream()
                    .anyMatch(s -> s.considerIf() != null && step.matcher(s.considerIf()).results()
                            .anyMatch(m -> Integer.parseInt(m.group(1)) > steps.size()))).toList();
            if (!broken.isEmpty()) {
                throw referencedBy(broken, "The precision queue '" + q.name() + "' cannot go down to " + steps.size() + " step(s): the Consider If of "
                        + names(broken) + " refers to a later step of it; change those first.");
            }
        }
        if (steps != null) {
            checkStepTotal(steps.size() - q.steps().size());
            limit.queueSaved(id, steps.stream().map(QueueStep::criteria).toList(), criteria(q), this::attributeId);
        }
        Map<String, Object> before = q.auditState();
        q.revise(draft(input, steps), this::attributeId);
        if (steps != null) {
            queues.touch(q);
        }
        changes.updated(q, before);
        PrecisionQueue saved = queues.save(q);
        if (steps != null) {
            limit.countsMoved(List.of(id));
        }
        return view(saved);
    }

    private static ConflictException referencedBy(List<PrecisionQueue> queues, String message) {
        return new ConflictException("referenceViolation", message, List.of(), queues.stream()
                .map(r -> new org.ccadmin.shared.domain.Reference(PrecisionQueue.RESOURCE, r.id(), r.name())).toList());
    }

    private static String names(List<PrecisionQueue> queues) {
        return String.join(", ", queues.stream().map(PrecisionQueue::name).sorted().toList());
    }

    public void delete(long id, ChangeStamp stamp) {
        PrecisionQueue q = load(id);
        stamp.verify(PrecisionQueue.RESOURCE, id, q.changeStamp());
        references.refuseIfReferenced(q);
        changes.deleted(q);
        queues.remove(q);
        limit.countsMoved(List.of(id));
    }

    /** Steps added by a creation or a change count under the queues' creation gate, as creations do. */
    private void checkStepTotal(int added) {
        if (added <= 0) {
            return;
        }
        gate.enter(PrecisionQueue.RESOURCE);
        if (queues.stepCount() + added > PrecisionQueue.MAX_STEPS_PER_SYSTEM) {
            throw new ConflictException("limitReached", "The system holds at most "
                    + PrecisionQueue.MAX_STEPS_PER_SYSTEM + " precision queue steps in all; remove steps elsewhere first.");
        }
    }

    private void checkReferences(PrecisionQueueInput input, Violations v) {
        if (input.mediaRoutingDomainId() != null && domains.find(input.mediaRoutingDomainId()).isEmpty()) {
            v.add("mediaRoutingDomainId", "invalidInput.unknownReference",
                    "No media routing domain with id " + input.mediaRoutingDomainId() + " exists.");
        }
        if (!input.useSystemDefault() && input.bucketIntervalId() != null && intervals.find(input.bucketIntervalId()).isEmpty()) {
            v.add("bucketIntervalId", "invalidInput.unknownReference",
                    "No bucket interval with id " + input.bucketIntervalId() + " exists.");
        }
    }

    private PrecisionQueueDraft draft(PrecisionQueueInput in, List<QueueStep> steps) {
        return new PrecisionQueueDraft(in.name(), in.description(), in.mediaRoutingDomainId(), in.serviceLevelType(),
                in.serviceLevelThreshold(), in.agentOrder(), in.bucketIntervalId(), in.useSystemDefault(), steps);
    }

    private long attributeId(String name) {
        return stepResolver.attributeId(name);
    }

    private List<Criteria> criteria(PrecisionQueue q) {
        Map<Long, String> names = new HashMap<>();
        return q.steps().stream().map(s -> s.criteria(id -> names.computeIfAbsent(id, this::attributeName))).toList();
    }

    private String attributeName(long id) {
        return attributes.find(id).map(Attribute::name).orElse("#" + id);
    }

    private PrecisionQueueView view(PrecisionQueue q) {
        Map<String, AttributeType> types = new HashMap<>();
        java.util.function.Function<String, AttributeType> type = n -> types.computeIfAbsent(n,
                k -> attributes.findByName(k).map(Attribute::type).orElse(AttributeType.PROFICIENCY));
        List<Criteria> criteria = criteria(q);
        // Every step's count and the queue's, in one statement.
        List<List<Criteria>> groups = new ArrayList<>();
        criteria.forEach(c -> groups.add(List.of(c)));
        groups.add(criteria);
        // A supervisor counts the agents of its teams only, as it lists them.
        long[] all = matching.counts(groups, this::attributeId, scope.current().filter());
        List<PrecisionQueueView.StepView> steps = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<QueueStep> queueSteps = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criteria c = criteria.get(i);
            PrecisionQueueStep stored = q.steps().get(i);
            long count = all[i];
            counts.add(count);
            queueSteps.add(new QueueStep(c, stored.waitTime(), null));
            steps.add(new PrecisionQueueView.StepView(i + 1, CriteriaText.format(c, type), c.logic().name(),
                    c.expressions().stream().map(e -> new PrecisionQueueView.ExpressionView(e.logic().name(),
                            e.terms().stream().map(t -> new PrecisionQueueView.TermView(t.attribute(), t.comparison().symbol(),
                                    type.apply(t.attribute()) == AttributeType.BOOLEAN ? (Object) (t.value() != 0) : (Object) t.value()))
                                    .toList())).toList(),
                    stored.waitTime(), stored.considerIf(), count));
        }
        List<StepWarning> warnings = new ArrayList<>(StepRules.warnings(queueSteps, type));
        warnings.addAll(StepRules.narrowing(counts));
        warnings.sort(java.util.Comparator.comparingInt(StepWarning::step));
        return new PrecisionQueueView(q.id(), q.name(), q.description(), q.mediaRoutingDomainId(),
                q.serviceLevelType().name(), q.serviceLevelThreshold(), q.agentOrder().name(), q.bucketIntervalId(),
                steps, all[criteria.size()], warnings, q.changeStamp());
    }

    private PrecisionQueue load(long id) {
        return queues.find(id).orElseThrow(() -> new ResourceNotFoundException(PrecisionQueue.RESOURCE, id));
    }
}
