package org.ccadmin.skills.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.skills.application.StepInput;
import org.ccadmin.skills.domain.criteria.Logic;

/**
 * One step of the builder: its expressions (OR between them by default) or, in text mode, the criteria as
 * text; the wait time and Consider If; and what the last preview said about it (agent count, canonical text,
 * warnings).
 */
public class StepRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Logic logic = Logic.OR;
    private final List<ExpressionRow> expressions = new ArrayList<>();
    private boolean textMode;
    private String text;
    private Integer waitTime;
    private String considerIf;
    private Long agentCount;
    private String canonical;
    private final List<String> warnings = new ArrayList<>();
    /** Problems of the last preview or save, by field below the step ("criteria", "expressions[0].terms[1].value"…). */
    private final java.util.LinkedHashMap<String, String> errors = new java.util.LinkedHashMap<>();

    static StepRow blank() {
        StepRow s = new StepRow();
        s.expressions.add(ExpressionRow.blank());
        return s;
    }

    /** The step as the service takes it; the last step sends no wait time or Consider If. */
    StepInput input(boolean last) {
        Integer wait = last ? null : waitTime;
        String condition = last || considerIf == null || considerIf.isBlank() ? null : considerIf;
        if (textMode) {
            return new StepInput(text == null ? "" : text, null, null, wait, condition);
        }
        return new StepInput(null, expressions.stream().map(ExpressionRow::input).toList(), logic.name(), wait, condition);
    }

    void previewed(Long count, String criteriaText, List<String> stepWarnings) {
        agentCount = count;
        canonical = criteriaText;
        warnings.clear();
        warnings.addAll(stepWarnings);
    }

    void clearErrors() {
        errors.clear();
    }

    void error(String field, String message) {
        errors.merge(field, message, (a, b) -> a + " " + b);
    }

    /** The problems of the fields starting with {@code prefix}, as one text; empty when there are none. */
    public String errorsOf(String prefix) {
        return String.join(" ", errors.entrySet().stream()
                .filter(e -> e.getKey().equals(prefix) || e.getKey().startsWith(prefix + ".") || e.getKey().startsWith(prefix + "["))
                .map(java.util.Map.Entry::getValue).toList());
    }

    public Logic getLogic() { return logic; }
    public void setLogic(Logic logic) { this.logic = logic; }
    public List<ExpressionRow> getExpressions() { return expressions; }
    public boolean isTextMode() { return textMode; }
    void setTextMode(boolean textMode) { this.textMode = textMode; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Integer getWaitTime() { return waitTime; }
    public void setWaitTime(Integer waitTime) { this.waitTime = waitTime; }
    public String getConsiderIf() { return considerIf; }
    public void setConsiderIf(String considerIf) { this.considerIf = considerIf; }
    public Long getAgentCount() { return agentCount; }
    public String getCanonical() { return canonical; }
    public List<String> getWarnings() { return warnings; }
}
