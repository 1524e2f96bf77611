package org.ccadmin.skills.domain.criteria;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which agents a step selects: 1–10 expressions joined all-AND or all-OR (OR by default, as the modelled step
 * builder does), at most {@link #MAX_TERMS} terms in all (the modelled API's "1–10 terms per step").
 */
public record Criteria(List<Expression> expressions, Logic logic) {

    public static final int MAX_EXPRESSIONS = 10;
    public static final int MAX_TERMS = 10;

    public Criteria {
        expressions = List.copyOf(expressions);
        Objects.requireNonNull(logic, "logic");
    }

    public static Criteria of(Expression... expressions) {
        return new Criteria(List.of(expressions), Logic.OR);
    }

    public int termCount() {
        return expressions.stream().mapToInt(e -> e.terms().size()).sum();
    }

    public List<Term> terms() {
        return expressions.stream().flatMap(e -> e.terms().stream()).toList();
    }

    /** The reference evaluation (tests compare the database's matching with it). */
    public boolean matches(Function<String, Integer> held) {
        return logic == Logic.AND
                ? expressions.stream().allMatch(e -> e.matches(held))
                : expressions.stream().anyMatch(e -> e.matches(held));
    }
}
