package org.ccadmin.skills.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ccadmin.callsettings.domain.MediaRoutingDomains;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.skills.domain.PrecisionQueue;
import org.ccadmin.skills.domain.PrecisionQueueDraft;
import org.ccadmin.skills.domain.criteria.Criteria;
import org.ccadmin.skills.domain.criteria.CriteriaText;
import org.ccadmin.skills.domain.criteria.QueueStep;
import org.ccadmin.skills.domain.criteria.StepRules;
import org.ccadmin.skills.domain.criteria.StepWarning;
import org.ccadmin.skills.infrastructure.JpaPrecisionQueues;
import org.ccadmin.skills.infrastructure.QueueMatching;

/**
 * What a queue not saved yet would be: each step's agent count and canonical text, the warnings, and every
 * problem a save would refuse it for — the same step resolution and domain rules as {@link PrecisionQueueService},
 * so the step builder and scripts get a save's feedback while editing. Nothing is stored.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class PrecisionQueuePreview {

    @Inject
    private QueueSteps steps;

    @Inject
    private QueueMatching matching;

    @Inject
    private JpaPrecisionQueues queues;

    @Inject
    private MediaRoutingDomains domains;

    /** A step as previewed; {@code criteria} (canonical text) and {@code agentCount} are null when it did not resolve. */
    public record StepPreview(int number, String criteria, Long agentCount) {
    }

    /** {@code agentCount} counts agents matched by any resolved step; {@code violations} what a save would refuse. */
    public record Preview(List<StepPreview> steps, long agentCount, List<StepWarning> warnings, List<FieldError> violations) {
    }

    /**
     * Previews {@code input} as a new queue, or as a change of queue {@code queueId} (its own name is then not
     * taken, and its media routing domain stays).
     */
    public Preview preview(Long queueId, PrecisionQueueInput input) {
        Violations v = new Violations();
        List<QueueStep> resolved = steps.resolve(input.name(), input.steps() == null ? List.of() : input.steps(), v);
        List<StepPreview> out = new ArrayList<>();
        List<Criteria> counted = new ArrayList<>();
        List<QueueStep> countedSteps = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            Criteria c = resolved.get(i).criteria();
            if (!QueueSteps.resolved(i, v) || c.expressions().isEmpty()) {
                out.add(new StepPreview(i + 1, null, null));
                continue;
            }
            long count = matching.count(c, steps::attributeId);
            out.add(new StepPreview(i + 1, CriteriaText.format(c, steps::type), count));
            counted.add(c);
            countedSteps.add(resolved.get(i));
            counts.add(count);
            numbers.add(i + 1);
        }
        List<StepWarning> warnings = new ArrayList<>();
        // Warnings compare resolved steps only; they are renumbered to the steps as the client gave them.
        StepRules.warnings(countedSteps, steps::type).forEach(w -> warnings.add(renumbered(w, numbers)));
        StepRules.narrowing(counts).forEach(w -> warnings.add(renumbered(w, numbers)));
        warnings.sort(Comparator.comparingInt(StepWarning::step));
        checkQueue(queueId, input, resolved, v);
        long any = counted.isEmpty() ? 0 : matching.countAny(counted, steps::attributeId);
        return new Preview(out, any, warnings, v.errors());
    }

    private void checkQueue(Long queueId, PrecisionQueueInput input, List<QueueStep> resolved, Violations v) {
        Long domain = input.mediaRoutingDomainId();
        if (queueId != null) {
            PrecisionQueue existing = queues.find(queueId).orElse(null);
            domain = existing == null ? domain : Long.valueOf(existing.mediaRoutingDomainId());
        }
        if (domain != null && domains.find(domain).isEmpty()) {
            v.add("mediaRoutingDomainId", "invalidInput.unknownReference", "No media routing domain with id " + domain + " exists.");
        }
        if (input.name() != null && !input.name().isBlank() && queues.nameTaken(input.name(), queueId)) {
            ConflictException.duplicateName(PrecisionQueue.RESOURCE, input.name()).errors()
                    .forEach(f -> v.add(f.field(), f.code(), f.message()));
        }
        // The queue's own rules (name, description, threshold, steps); the steps' problems are already listed.
        try {
            PrecisionQueue.create(new PrecisionQueueDraft(input.name(), input.description(), domain,
                    input.serviceLevelType(), input.serviceLevelThreshold(), input.agentOrder(), input.bucketIntervalId(),
                    input.useSystemDefault(), resolved), steps::attributeId);
        } catch (InvalidInputException e) {
            e.errors().stream().filter(f -> !v.has(f.field())).forEach(f -> v.add(f.field(), f.code(), f.message()));
        } catch (IllegalStateException e) {
            // An unresolved attribute: already reported with its step.
        }
    }

    private static StepWarning renumbered(StepWarning w, List<Integer> numbers) {
        int number = numbers.get(w.step() - 1);
        return number == w.step() ? w : new StepWarning(number, w.code(), w.message().replace("Step " + w.step(), "Step " + number));
    }
}
