package org.ccadmin.skills.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccadmin.skills.application.PrecisionQueueInput;
import org.ccadmin.skills.application.PrecisionQueueView;
import org.ccadmin.skills.application.StepInput;
import org.ccadmin.skills.domain.criteria.Logic;
import org.junit.jupiter.api.Test;

class QueueFormTest {

    private static StepRow step(String attribute, String operator, String value) {
        StepRow s = StepRow.blank();
        TermRow t = s.getExpressions().get(0).getTerms().get(0);
        t.setAttribute(attribute);
        t.setOperator(operator);
        t.setValue(value);
        s.setWaitTime(20);
        s.setConsiderIf("PQ.Sales.LoggedOn > 0");
        return s;
    }

    @Test
    void theLastStepSendsNoWaitTimeOrConsiderIfWhateverItsFieldsHold() {
        QueueForm f = QueueForm.blank(1L);
        f.getSteps().clear();
        f.getSteps().add(step("English", ">=", "7"));
        f.getSteps().add(step("English", ">=", "5"));
        PrecisionQueueInput in = f.input();
        assertEquals(20, in.steps().get(0).waitTime());
        assertEquals("PQ.Sales.LoggedOn > 0", in.steps().get(0).considerIf());
        assertNull(in.steps().get(1).waitTime());
        assertNull(in.steps().get(1).considerIf());
    }

    @Test
    void aBuilderStepIsSentStructuredAndATextStepAsText() {
        StepRow built = step("Sales", "==", "true");
        built.getExpressions().get(0).getTerms().add(TermRow.of("English", ">", 4));
        built.getExpressions().get(0).setLogic(Logic.OR);
        StepInput structured = built.input(true);
        assertNull(structured.criteria());
        assertEquals("OR", structured.expressions().get(0).logic());
        assertEquals(List.of(new StepInput.TermInput("Sales", "==", "true"), new StepInput.TermInput("English", ">", "4")),
                structured.expressions().get(0).terms());

        built.setTextMode(true);
        built.setText("Sales == true");
        StepInput text = built.input(true);
        assertEquals("Sales == true", text.criteria());
        assertNull(text.expressions(), "the text alone, or the service refuses both forms at once");
    }

    @Test
    void anEmptyBucketIntervalIsTheSystemDefaultAndAChangeSendsNoMediaRoutingDomain() {
        PrecisionQueueView view = new PrecisionQueueView(5, "Sales", "", 3, "IGNORE_ABANDONED", 30, "MOST_SKILLED", null,
                List.of(new PrecisionQueueView.StepView(1, "English >= 1", "OR", List.of(new PrecisionQueueView.ExpressionView("AND",
                        List.of(new PrecisionQueueView.TermView("English", ">=", 1)))), null, null, 4)), 4, List.of(), 9);
        QueueForm f = QueueForm.of(view);
        PrecisionQueueInput in = f.input();
        assertTrue(in.useSystemDefault());
        assertNull(in.mediaRoutingDomainId(), "fixed after creation: a change does not send it");
        assertEquals(4L, f.getSteps().get(0).getAgentCount());
        assertEquals("English >= 1", f.getSteps().get(0).getCanonical());
    }

    @Test
    void problemsAreFoundByTheFieldTheyName() {
        StepRow s = StepRow.blank();
        s.error("expressions[0].terms[1].operator", "Bad operator.");
        s.error("expressions[0].terms[10].value", "Bad value.");
        s.error("considerIf", "Column 1: no queue.");
        assertEquals("Bad operator.", s.errorsOf("expressions[0].terms[1]"));
        assertEquals("Bad value.", s.errorsOf("expressions[0].terms[10]"));
        assertEquals("Column 1: no queue.", s.errorsOf("considerIf"));
        assertEquals("", s.errorsOf("waitTime"));
    }
}
