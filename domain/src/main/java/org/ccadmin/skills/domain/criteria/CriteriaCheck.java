package org.ccadmin.skills.domain.criteria;

import java.util.Locale;
import java.util.Optional;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeType;

/**
 * The rules every term and step obeys, whichever form (structured JSON, text, console builder) they came in:
 * the attribute exists, the operator suits its type, the value is true/false or 1–10, and the counts stay
 * within the modelled system's limits. Problems are collected, each naming its field.
 */
public final class CriteriaCheck {

    private CriteriaCheck() {
    }

    /** A term from its parts as given, or empty (with the problems recorded under {@code field}). */
    public static Optional<Term> term(String field, String attribute, String operator, String value,
            AttributeLookup lookup, Violations v) {
        if (attribute == null || attribute.isBlank()) {
            v.add(field + ".attribute", "invalidInput.fieldRequired", "Each term needs an attribute.");
            return Optional.empty();
        }
        Optional<AttributeRef> ref = lookup.find(attribute.strip());
        if (ref.isEmpty()) {
            v.add(field + ".attribute", "invalidInput.unknownAttribute",
                    "No attribute named '" + attribute.strip() + "' exists.");
            return Optional.empty();
        }
        AttributeRef a = ref.get();
        Optional<Comparison> comparison = Comparison.of(operator == null ? "" : operator.strip());
        if (comparison.isEmpty()) {
            v.add(field + ".operator", "invalidInput.operator",
                    "The operator must be one of ==, !=, <, <=, >, >=" + (operator == null ? "." : ", not '" + operator + "'."));
            return Optional.empty();
        }
        if (!comparison.get().allowedFor(a.type())) {
            v.add(field + ".operator", "invalidInput.operator", "Boolean attribute '" + a.name()
                    + "' can only be compared with == or !=, not " + comparison.get().symbol() + ".");
            return Optional.empty();
        }
        Optional<Integer> stored = value(a, value);
        if (stored.isEmpty()) {
            v.add(field + ".value", "invalidInput.attributeValue", a.type() == AttributeType.BOOLEAN
                    ? "The value of boolean attribute '" + a.name() + "' must be true or false."
                    : "The value of proficiency attribute '" + a.name() + "' must be a whole number from "
                            + Attribute.PROFICIENCY_MIN + " to " + Attribute.PROFICIENCY_MAX + ".");
            return Optional.empty();
        }
        return Optional.of(new Term(a.name(), comparison.get(), stored.get()));
    }

    /** The stored form of a term value for the attribute's type. */
    static Optional<Integer> value(AttributeRef a, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (a.type() == AttributeType.BOOLEAN) {
            return switch (t) {
                case "true" -> Optional.of(1);
                case "false" -> Optional.of(0);
                default -> Optional.empty();
            };
        }
        if (!t.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(t);
        return n >= Attribute.PROFICIENCY_MIN && n <= Attribute.PROFICIENCY_MAX ? Optional.of(n) : Optional.empty();
    }

    /** The size rules of a step's criteria. */
    public static void sizes(String field, Criteria c, Violations v) {
        if (c.expressions().isEmpty()) {
            v.add(field, "invalidInput.fieldRequired", "A step needs at least one expression.");
        }
        if (c.expressions().size() > Criteria.MAX_EXPRESSIONS) {
            v.add(field, "invalidInput.tooMany", "A step has at most " + Criteria.MAX_EXPRESSIONS
                    + " expressions, not " + c.expressions().size() + ".");
        }
        for (int i = 0; i < c.expressions().size(); i++) {
            if (c.expressions().get(i).terms().isEmpty()) {
                v.add(field + ".expressions[" + i + "]", "invalidInput.fieldRequired",
                        "An expression needs at least one term.");
            }
        }
        if (c.termCount() > Criteria.MAX_TERMS) {
            v.add(field, "invalidInput.tooMany", "A step has at most " + Criteria.MAX_TERMS
                    + " terms in all, not " + c.termCount() + ".");
        }
    }
}
