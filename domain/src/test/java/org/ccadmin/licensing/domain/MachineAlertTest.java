package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineAlertTest {

    private final List<MachineAlert> rows = new ArrayList<>();

    private MachineAlert.Reconciled see(Map<SystemAlert, String> present, int day) {
        MachineAlert.Reconciled r = MachineAlert.reconcile("node-a", rows, present, day(day));
        rows.addAll(r.created());
        return r;
    }

    @Test
    void anAlertIsRaisedOnceStaysRedThenTurnsGreenWhenItsConditionEnds() {
        assertTrue(see(Map.of(SystemAlert.SMART_AGENT_NOT_ENABLED, "no transport"), 1).changed());
        MachineAlert row = rows.get(0);
        assertEquals("node-a", row.nodeName());
        assertTrue(row.isActive());
        assertEquals(day(1), row.raisedAt());

        MachineAlert.Reconciled again = see(Map.of(SystemAlert.SMART_AGENT_NOT_ENABLED, "no transport"), 2);
        assertFalse(again.changed(), "still present: nothing to record");
        assertTrue(again.created().isEmpty());
        assertEquals(day(1), row.raisedAt());

        assertTrue(see(Map.of(), 3).changed());
        assertFalse(row.isActive());
        assertEquals(day(3), row.clearedAt());
        assertFalse(see(Map.of(), 4).changed(), "green stays green");
        assertEquals(day(3), row.clearedAt());
    }

    @Test
    void anAlertThatComesBackIsRaisedAgainOnTheSameRow() {
        see(Map.of(SystemAlert.AUTHORITY_COMMUNICATION_FAILED, "down"), 1);
        see(Map.of(), 2);
        MachineAlert.Reconciled back = see(Map.of(SystemAlert.AUTHORITY_COMMUNICATION_FAILED, "down again"), 5);
        assertTrue(back.changed());
        assertTrue(back.created().isEmpty());
        MachineAlert row = rows.get(0);
        assertTrue(row.isActive());
        assertEquals(day(5), row.raisedAt());
        assertNull(row.clearedAt());
        assertEquals("down again", row.detail());
    }

    @Test
    void aChangedDetailIsKeptWithoutRaisingAgain() {
        see(Map.of(SystemAlert.AUTHORITY_COMMUNICATION_FAILED, "attempt 1"), 1);
        assertTrue(see(Map.of(SystemAlert.AUTHORITY_COMMUNICATION_FAILED, "attempt 2"), 2).changed());
        assertEquals(day(1), rows.get(0).raisedAt());
        assertEquals("attempt 2", rows.get(0).detail());
    }
}
