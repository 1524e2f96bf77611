package org.ccadmin.agents.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionRowTest {

    private static ConditionRow row(String attribute, String operator, String value) {
        ConditionRow row = new ConditionRow();
        row.setAttribute(attribute);
        row.setOperator(operator);
        row.setValue(value);
        return row;
    }

    @Test
    void aComparisonBecomesTheDomainsTextForm() {
        assertEquals("English>=7", row(" English ", ">=", " 7 ").text());
    }

    @Test
    void holdsSendsTheAttributeNameAloneWhateverTheValue() {
        assertEquals("Sales", row("Sales", ConditionRow.HOLDS, "true").text());
    }

    @Test
    void anEmptyRowIsNoCondition() {
        assertNull(row(null, "==", " ").text());
    }

    @Test
    void aValueWithoutAttributeIsSentForTheDomainToRefuse() {
        assertEquals("==7", row("", "==", "7").text());
    }

    @Test
    void theSearchSendsOnlyTheRowsThatSaySomething() {
        AgentSearchForm form = new AgentSearchForm();
        form.getConditions().add(row("English", ">", "3"));
        form.getConditions().add(new ConditionRow());
        assertEquals(List.of("English>3"), form.conditionTexts());
    }

    @Test
    void theRoleBecomesTheSupervisorCriterion() {
        AgentSearchForm form = new AgentSearchForm();
        assertNull(form.supervisor());
        form.setRole(AgentSearchForm.SUPERVISORS);
        assertEquals(Boolean.TRUE, form.supervisor());
        form.setRole(AgentSearchForm.AGENTS);
        assertEquals(Boolean.FALSE, form.supervisor());
    }
}
