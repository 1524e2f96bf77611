package org.ccadmin.skills.domain.criteria;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeType;

/**
 * Logic over criteria without touching agents: whether a step can ever match anyone (terms such as
 * {@code X > 8 AND X < 3}, or {@code X > 10} on a 1–10 proficiency, rule it out), and whether two steps select
 * the same agents whatever the agents are. Both work on the criteria's disjunctive normal form: a list of
 * conjunctions of terms. With at most 10 terms in a step, the form has at most 36 conjunctions.
 */
public final class Satisfiability {

    private Satisfiability() {
    }

    /** The conjunctions whose union the criteria select. */
    public static List<List<Term>> disjunctiveForm(Criteria c) {
        List<List<List<Term>>> perExpression = c.expressions().stream().map(Satisfiability::forms).toList();
        if (c.logic() == Logic.OR) {
            return perExpression.stream().flatMap(List::stream).toList();
        }
        List<List<Term>> product = List.of(List.of());
        for (List<List<Term>> alternatives : perExpression) {
            List<List<Term>> next = new ArrayList<>();
            for (List<Term> left : product) {
                for (List<Term> right : alternatives) {
                    List<Term> both = new ArrayList<>(left);
                    both.addAll(right);
                    next.add(both);
                }
            }
            product = next;
        }
        return product;
    }

    private static List<List<Term>> forms(Expression e) {
        return e.logic() == Logic.AND ? List.of(e.terms()) : e.terms().stream().map(List::of).toList();
    }

    /** Why no agent can ever match, or empty when some agent could. */
    public static Optional<String> neverMatches(Criteria c, Function<String, AttributeType> types) {
        List<String> reasons = new ArrayList<>();
        for (List<Term> conjunction : disjunctiveForm(c)) {
            Optional<String> reason = contradiction(conjunction, types);
            if (reason.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(reason.get());
        }
        return Optional.of("This step can never match an agent: " + String.join("; ", new LinkedHashSet<>(reasons)) + ".");
    }

    /** The values of each attribute that satisfy every term of the conjunction. */
    static Map<String, BitSet> allowed(List<Term> conjunction, Function<String, AttributeType> types) {
        Map<String, BitSet> allowed = new HashMap<>();
        for (Term t : conjunction) {
            BitSet set = allowed.computeIfAbsent(key(t.attribute()), k -> domain(types.apply(t.attribute())));
            BitSet ok = new BitSet();
            for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
                if (t.matches(v)) {
                    ok.set(v);
                }
            }
            set.and(ok);
        }
        return allowed;
    }

    private static Optional<String> contradiction(List<Term> conjunction, Function<String, AttributeType> types) {
        Map<String, BitSet> allowed = allowed(conjunction, types);
        for (Map.Entry<String, BitSet> e : allowed.entrySet()) {
            if (e.getValue().isEmpty()) {
                List<String> terms = conjunction.stream().filter(t -> key(t.attribute()).equals(e.getKey()))
                        .map(t -> t.text(types.apply(t.attribute()))).toList();
                return Optional.of(terms.size() == 1
                        ? terms.get(0) + " is outside the attribute's values"
                        : String.join(" AND ", terms) + " contradict each other");
            }
        }
        return Optional.empty();
    }

    /**
     * A form that is equal for two criteria exactly when they select the same agents for every possible set of
     * agents: per conjunction, the allowed values of each attribute it constrains; contradictory conjunctions
     * dropped.
     */
    public static Set<Map<String, BitSet>> canonical(Criteria c, Function<String, AttributeType> types) {
        Set<Map<String, BitSet>> out = new java.util.HashSet<>();
        for (List<Term> conjunction : disjunctiveForm(c)) {
            Map<String, BitSet> allowed = allowed(conjunction, types);
            if (allowed.values().stream().noneMatch(BitSet::isEmpty)) {
                out.add(allowed);
            }
        }
        return out;
    }

    private static BitSet domain(AttributeType type) {
        BitSet d = new BitSet();
        if (type == AttributeType.BOOLEAN) {
            d.set(0, 2);
        } else {
            d.set(Attribute.PROFICIENCY_MIN, Attribute.PROFICIENCY_MAX + 1);
        }
        return d;
    }

    private static String key(String attribute) {
        return attribute.toLowerCase(java.util.Locale.ROOT);
    }
}
