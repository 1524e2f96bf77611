package org.ccadmin.agents.web;

import java.io.Serializable;
import java.util.List;

/**
 * One attribute condition of the agent search as the panel shows it: attribute, operator, value. It becomes
 * the domain's text form ({@code English>=7}, or just {@code English} for "holds"), which the domain parses
 * and checks.
 */
public class ConditionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String HOLDS = "holds";
    /** The operators the panel offers, "holds" first; the others are the domain's comparison symbols. */
    static final List<String> OPERATORS = List.of(HOLDS, "==", "!=", "<", "<=", ">", ">=");

    private String attribute;
    private String operator = "==";
    private String value;

    ConditionRow copy() {
        ConditionRow c = new ConditionRow();
        c.attribute = attribute;
        c.operator = operator;
        c.value = value;
        return c;
    }

    /** The condition's text, or null for a row left empty. */
    String text() {
        String name = attribute == null ? "" : attribute.strip();
        String given = value == null ? "" : value.strip();
        if (name.isEmpty() && given.isEmpty()) {
            return null;
        }
        return HOLDS.equals(operator) || operator == null ? name : name + operator + given;
    }

    public boolean isValueUsed() {
        return !HOLDS.equals(operator);
    }

    public String getAttribute() { return attribute; }
    public void setAttribute(String attribute) { this.attribute = attribute; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
