package org.ccadmin.skills.domain.criteria;

import java.util.Optional;
import org.ccadmin.skills.domain.AttributeType;

/** The operators of a term; boolean attributes allow only equality, proficiency attributes all six. */
public enum Comparison {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<Comparison> of(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public boolean allowedFor(AttributeType type) {
        return type == AttributeType.PROFICIENCY || this == EQ || this == NE;
    }

    /** Whether a held (stored) value satisfies {@code held <op> value}. */
    public boolean test(int held, int value) {
        return switch (this) {
            case EQ -> held == value;
            case NE -> held != value;
            case LT -> held < value;
            case LE -> held <= value;
            case GT -> held > value;
            case GE -> held >= value;
        };
    }
}
