package org.ccadmin.skills.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.skills.application.StepInput;
import org.ccadmin.skills.domain.criteria.Logic;

/** One expression of the step builder: its terms, joined all by AND or all by OR (AND by default). */
public class ExpressionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Logic logic = Logic.AND;
    private final List<TermRow> terms = new ArrayList<>();

    static ExpressionRow blank() {
        ExpressionRow e = new ExpressionRow();
        e.terms.add(new TermRow());
        return e;
    }

    StepInput.ExpressionInput input() {
        return new StepInput.ExpressionInput(logic.name(), terms.stream().map(TermRow::input).toList());
    }

    public Logic getLogic() { return logic; }
    public void setLogic(Logic logic) { this.logic = logic; }
    public List<TermRow> getTerms() { return terms; }
}
