package org.ccadmin.skills.domain.criteria;

import java.util.List;
import java.util.Objects;

/** 1–10 terms joined all-AND or all-OR (AND by default, as the modelled step builder does). */
public record Expression(List<Term> terms, Logic logic) {

    public static final int MAX_TERMS = 10;

    public Expression {
        terms = List.copyOf(terms);
        Objects.requireNonNull(logic, "logic");
    }

    public static Expression of(Term... terms) {
        return new Expression(List.of(terms), Logic.AND);
    }

    /** Whether an agent matches, given a lookup of its held values (null when it does not hold an attribute). */
    public boolean matches(java.util.function.Function<String, Integer> held) {
        return logic == Logic.AND
                ? terms.stream().allMatch(t -> matches(t, held))
                : terms.stream().anyMatch(t -> matches(t, held));
    }

    private static boolean matches(Term t, java.util.function.Function<String, Integer> held) {
        Integer value = held.apply(t.attribute());
        return value != null && t.matches(value);
    }
}
