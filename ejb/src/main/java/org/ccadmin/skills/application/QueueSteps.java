package org.ccadmin.skills.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeType;
import org.ccadmin.skills.domain.Attributes;
import org.ccadmin.skills.domain.criteria.AttributeLookup;
import org.ccadmin.skills.domain.criteria.AttributeRef;
import org.ccadmin.skills.domain.criteria.ConsiderIf;
import org.ccadmin.skills.domain.criteria.Criteria;
import org.ccadmin.skills.domain.criteria.CriteriaCheck;
import org.ccadmin.skills.domain.criteria.CriteriaText;
import org.ccadmin.skills.domain.criteria.Expression;
import org.ccadmin.skills.domain.criteria.Logic;
import org.ccadmin.skills.domain.criteria.QueueStep;
import org.ccadmin.skills.domain.criteria.StepRules;
import org.ccadmin.skills.domain.criteria.Term;
import org.ccadmin.skills.infrastructure.JpaPrecisionQueues;

/**
 * Turns the steps a client gives (text or structured) into domain steps, resolved against the configured
 * attributes and queues, with every problem collected. Saving and previewing a queue both use it, so a preview
 * reports exactly what a save would.
 */
@Dependent
public class QueueSteps {

    @Inject
    private JpaPrecisionQueues queues;

    @Inject
    private Attributes attributes;

    /**
     * Resolves the given steps; {@code queueName} lets a Consider If refer to the queue being saved. A step whose
     * criteria did not resolve gets empty criteria (its problems are in {@code v}).
     */
    public List<QueueStep> resolve(String queueName, List<StepInput> given, Violations v) {
        if (given == null) {
            return null;
        }
        AttributeLookup lookup = name -> attributes.findByName(name).map(a -> new AttributeRef(a.name(), a.type()));
        List<QueueStep> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            StepInput s = given.get(i);
            String field = field(i);
            Criteria criteria = criteria(field, s, lookup, v);
            ConsiderIf considerIf = null;
            if (s.considerIf() != null && !s.considerIf().isBlank()) {
                int ownSteps = given.size();
                try {
                    considerIf = ConsiderIf.parse(field + ".considerIf", s.considerIf(), n -> n.equals(queueName)
                            ? OptionalInt.of(ownSteps)
                            : queues.findByExactName(n).map(q -> OptionalInt.of(q.steps().size())).orElse(OptionalInt.empty()));
                } catch (InvalidInputException e) {
                    e.errors().forEach(f -> v.add(f.field(), f.code(), f.message()));
                }
            }
            out.add(new QueueStep(criteria == null ? new Criteria(List.of(), Logic.OR) : criteria, s.waitTime(), considerIf));
        }
        // The queue-wide rules too, so one answer lists every problem; a step whose criteria did not resolve
        // is not also reported as empty.
        Violations rules = new Violations();
        StepRules.check(out, rules);
        rules.errors().stream().filter(f -> !v.has(f.field())).forEach(f -> v.add(f.field(), f.code(), f.message()));
        return out;
    }

    /** Whether step {@code index}'s criteria resolved: no problem names its criteria or expressions. */
    public static boolean resolved(int index, Violations v) {
        String criteria = field(index) + ".criteria";
        String expressions = field(index) + ".expressions";
        return v.errors().stream().noneMatch(f -> f.field().equals(criteria) || f.field().startsWith(criteria + ".")
                || f.field().startsWith(expressions));
    }

    /** The field name of step {@code index} (from 0) in problems. */
    public static String field(int index) {
        return "steps[" + index + "]";
    }

    /** The type of a configured attribute; proficiency for a name no longer configured. */
    public AttributeType type(String attribute) {
        return attributes.findByName(attribute).map(Attribute::type).orElse(AttributeType.PROFICIENCY);
    }

    /** The id of an attribute the steps resolved. */
    public long attributeId(String name) {
        return attributes.findByName(name).map(Attribute::id)
                .orElseThrow(() -> new IllegalStateException("attribute resolved before use: " + name));
    }

    private static Criteria criteria(String field, StepInput s, AttributeLookup lookup, Violations v) {
        boolean text = s.criteria() != null && !s.criteria().isBlank();
        boolean structured = s.expressions() != null;
        if (text == structured) {
            v.add(field + ".criteria", "invalidInput.criteriaForm", text
                    ? "Give a step's criteria either as text (criteria) or as expressions, not both."
                    : "Each step needs its criteria, as text (criteria) or as expressions.");
            return null;
        }
        if (text) {
            try {
                return CriteriaText.parse(field + ".criteria", s.criteria(), lookup);
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> v.add(f.field(), f.code(), f.message()));
                return null;
            }
        }
        List<Expression> expressions = new ArrayList<>();
        for (int e = 0; e < s.expressions().size(); e++) {
            StepInput.ExpressionInput in = s.expressions().get(e);
            String ef = field + ".expressions[" + e + "]";
            List<Term> terms = new ArrayList<>();
            List<StepInput.TermInput> given = in.terms() == null ? List.of() : in.terms();
            for (int t = 0; t < given.size(); t++) {
                StepInput.TermInput ti = given.get(t);
                CriteriaCheck.term(ef + ".terms[" + t + "]", ti.attribute(), ti.operator(), ti.value(), lookup, v)
                        .ifPresent(terms::add);
            }
            expressions.add(new Expression(terms, logic(ef + ".logic", in.logic(), Logic.AND, v)));
        }
        return new Criteria(expressions, logic(field + ".logic", s.logic(), Logic.OR, v));
    }

    private static Logic logic(String field, String text, Logic fallback, Violations v) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Logic.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "invalidInput.enum", field + " must be AND or OR.");
            return fallback;
        }
    }
}
