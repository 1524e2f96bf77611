package org.ccadmin.skills.domain.criteria;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.skills.domain.AttributeType;

/**
 * The rules over a queue's steps as a whole (the modelled step builder's): 1–10 steps, each within the size
 * limits, no wait time or Consider If on the last step, at most 10 distinct attributes in the queue; and the
 * warnings that need no agent data (a step that can never match, a step identical to an earlier one). The
 * "fewer agents than the previous step" warning needs counts and is {@link #narrowing}.
 */
public final class StepRules {

    public static final int MAX_STEPS = 10;
    public static final int MAX_ATTRIBUTES = 10;

    private StepRules() {
    }

    public static void check(List<QueueStep> steps, Violations v) {
        if (steps == null || steps.isEmpty()) {
            v.add("steps", "invalidInput.fieldRequired", "A precision queue needs at least one step.");
            return;
        }
        if (steps.size() > MAX_STEPS) {
            v.add("steps", "invalidInput.tooMany", "A precision queue has at most " + MAX_STEPS + " steps, not "
                    + steps.size() + ".");
        }
        for (int i = 0; i < steps.size(); i++) {
            QueueStep s = steps.get(i);
            String field = "steps[" + i + "]";
            CriteriaCheck.sizes(field + ".criteria", s.criteria(), v);
            boolean last = i == steps.size() - 1;
            if (last && s.waitTime() != null && s.waitTime() != 0) {
                v.add(field + ".waitTime", "invalidInput.lastStep",
                        "The last step has no wait time: a call waits there until an agent is available.");
            }
            if (last && s.considerIf() != null) {
                v.add(field + ".considerIf", "invalidInput.lastStep", "The last step has no Consider If formula.");
            }
            if (s.waitTime() != null) {
                v.range(field + ".waitTime", s.waitTime(), 0, QueueStep.WAIT_TIME_MAX);
            }
        }
        Set<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        steps.forEach(s -> s.criteria().terms().forEach(t -> distinct.add(t.attribute())));
        if (distinct.size() > MAX_ATTRIBUTES) {
            v.add("steps", "invalidInput.tooManyAttributes", "A precision queue uses at most " + MAX_ATTRIBUTES
                    + " different attributes, not " + distinct.size() + " (" + String.join(", ", distinct) + ").");
        }
    }

    /** Warnings that follow from the criteria alone. */
    public static List<StepWarning> warnings(List<QueueStep> steps, Function<String, AttributeType> types) {
        List<StepWarning> out = new ArrayList<>();
        List<Set<Map<String, BitSet>>> seen = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Criteria c = steps.get(i).criteria();
            int number = i + 1;
            Satisfiability.neverMatches(c, types)
                    .ifPresent(reason -> out.add(new StepWarning(number, StepWarning.NEVER_MATCHES, reason)));
            Set<Map<String, BitSet>> canonical = Satisfiability.canonical(c, types);
            int earlier = seen.indexOf(canonical);
            if (earlier >= 0 && !canonical.isEmpty()) {
                out.add(new StepWarning(number, StepWarning.DUPLICATE, "Step " + number
                        + " selects the same agents as step " + (earlier + 1) + " whatever their attributes: it adds nothing."));
            }
            seen.add(canonical);
        }
        return out;
    }

    /** The warnings of steps that match fewer agents than the step before them. */
    public static List<StepWarning> narrowing(List<Long> counts) {
        List<StepWarning> out = new ArrayList<>();
        for (int i = 1; i < counts.size(); i++) {
            if (counts.get(i) < counts.get(i - 1)) {
                out.add(new StepWarning(i + 1, StepWarning.NARROWER, String.format(Locale.ROOT,
                        "Step %d matches %d agents, fewer than the %d of step %d: later steps usually widen the pool.",
                        i + 1, counts.get(i), counts.get(i - 1), i)));
            }
        }
        return out;
    }
}
