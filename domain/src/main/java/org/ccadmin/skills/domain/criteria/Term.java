package org.ccadmin.skills.domain.criteria;

import java.util.Objects;
import org.ccadmin.skills.domain.AttributeType;

/**
 * {@code attribute operator value} with the value in stored form (booleans 0/1, proficiency 1–10). The
 * attribute is named, not numbered, so the text form and the structured form are the same thing; the caller
 * resolves names against the configured attributes ({@link CriteriaCheck}).
 */
public record Term(String attribute, Comparison comparison, int value) {

    public Term {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** Whether an agent holding the attribute with {@code held} matches. */
    public boolean matches(int held) {
        return comparison.test(held, value);
    }

    /** The text form, e.g. {@code English >= 7} or {@code Sales == true}. */
    public String text(AttributeType type) {
        String v = type == AttributeType.BOOLEAN ? (value != 0 ? "true" : "false") : Integer.toString(value);
        return attribute + " " + comparison.symbol() + " " + v;
    }
}
