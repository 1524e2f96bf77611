package org.ccadmin.agents.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.criteria.Comparison;

/**
 * One attribute condition of an agent search: the agent holds the attribute, optionally with a value
 * comparison in stored form (booleans 0/1). Written as text like {@code Sales}, {@code Sales==true} or
 * {@code English>=7}, with the operators of precision queue terms ({@link Comparison}).
 */
public record AttributeCondition(long attributeId, Comparison operator, Integer storedValue) {

    private static final Pattern TEXT = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._]{0,31})\\s*(?:(==|!=|<=|>=|<|>)\\s*([^\\s=<>!]\\S*))?");

    /** The attribute name of a condition text, so the caller can look the attribute up. */
    public static String attributeName(String field, String text) {
        return matcher(field, text).group(1);
    }

    /** Parses a condition on the given (already looked-up) attribute. */
    public static AttributeCondition parse(String field, String text, Attribute attribute) {
        Matcher m = matcher(field, text);
        if (m.group(2) == null) {
            return new AttributeCondition(attribute.id(), null, null);
        }
        Comparison op = Comparison.of(m.group(2)).orElseThrow();
        if (!op.allowedFor(attribute.type())) {
            throw InvalidInputException.of(field, "invalidInput.operator",
                    "Boolean attribute '" + attribute.name() + "' can only be compared with == or !=.");
        }
        return new AttributeCondition(attribute.id(), op, attribute.value(field, m.group(3).toLowerCase(Locale.ROOT)));
    }

    private static Matcher matcher(String field, String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw InvalidInputException.of(field, "invalidInput.attributeCondition",
                    field + " must be an attribute name, optionally followed by ==, !=, <, <=, > or >= and a value, "
                            + "e.g. English>=7 or Sales==true.");
        }
        return m;
    }
}
