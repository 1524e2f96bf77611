package org.ccadmin.skills.application;

import java.util.List;

/**
 * A step as a client gives it: its criteria either as text ({@code criteria}) or structured
 * ({@code expressions} and {@code logic}), never both; values as text (true/false, 1–10).
 */
public record StepInput(String criteria, List<ExpressionInput> expressions, String logic, Integer waitTime,
        String considerIf) {

    public record ExpressionInput(String logic, List<TermInput> terms) {
    }

    public record TermInput(String attribute, String operator, String value) {
    }
}
