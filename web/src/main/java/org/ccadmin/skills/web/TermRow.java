package org.ccadmin.skills.web;

import java.io.Serializable;
import org.ccadmin.skills.application.StepInput;

/** One term of the step builder: attribute, operator and value as picked (values as text: true/false, 1–10). */
public class TermRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String attribute;
    private String operator = "==";
    private String value;

    static TermRow of(String attribute, String operator, Object value) {
        TermRow t = new TermRow();
        t.attribute = attribute;
        t.operator = operator;
        t.value = value == null ? null : String.valueOf(value);
        return t;
    }

    StepInput.TermInput input() {
        return new StepInput.TermInput(attribute, operator, value);
    }

    public String getAttribute() { return attribute; }
    public void setAttribute(String attribute) { this.attribute = attribute; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
