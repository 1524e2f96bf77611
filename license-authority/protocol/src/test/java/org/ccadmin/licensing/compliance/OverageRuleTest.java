package org.ccadmin.licensing.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverageRuleTest {

    private static final Instant FIRST_END = Instant.parse("2026-12-03T12:15:00Z");
    private final OverageRule rule = new OverageRule(OverageRule.DEFAULT_THRESHOLD);

    /** Folds the windows (one usage each, ending 15 minutes apart) and keeps the state after each. */
    private List<PoolState> replay(int[] usage, int[] entitled) {
        List<PoolState> states = new ArrayList<>();
        PoolState state = PoolState.compliant();
        for (int i = 0; i < usage.length; i++) {
            state = rule.next(state, usage[i], entitled[i], end(i));
            states.add(state);
        }
        return states;
    }

    private static Instant end(int window) {
        return FIRST_END.plus(UsageWindows.LENGTH.multipliedBy(window));
    }

    private static int[] same(int value, int count) {
        int[] values = new int[count];
        java.util.Arrays.fill(values, value);
        return values;
    }

    @Test
    void scenarioOneFiveOveragesPutThePoolOutOfComplianceWithUsageLockedUntilTheDeficitIsPurchased() {
        // 100 purchased; 130 used for five windows, then usage drops to 90 and 120; 20 more bought (not enough),
        // then 10 more (130 in all)
        int[] usage = {130, 130, 130, 130, 130, 90, 120, 110, 100};
        int[] entitled = {100, 100, 100, 100, 100, 100, 100, 120, 130};
        List<PoolState> states = replay(usage, entitled);

        for (int i = 0; i < 4; i++) {
            assertEquals(new PoolState(i + 1, null, 0), states.get(i), "window " + (i + 1) + " is an overage, not yet OOC");
            assertEquals(130, rule.reportedUsage(states.get(i), usage[i]));
        }
        assertEquals(new PoolState(5, end(4), 130), states.get(4), "the fifth overage tips the pool over");
        for (int i = 4; i < 8; i++) {
            assertTrue(states.get(i).outOfCompliance(), "window " + (i + 1));
            assertEquals(end(4), states.get(i).outOfComplianceSince(), "OOC keeps its start");
            assertEquals(130, rule.reportedUsage(states.get(i), usage[i]), "locked at 130 even when usage drops");
        }
        assertEquals(PoolState.compliant(), states.get(8), "the 30 missing licenses are bought: OOC ends");
        assertEquals(100, rule.reportedUsage(states.get(8), 100));
    }

    @Test
    void scenarioTwoTwoOveragesThenComplianceResetTheCountSoTheNextOverageIsOneOfFive() {
        List<PoolState> states = replay(new int[] {120, 125, 95, 110}, same(100, 4));
        assertEquals(1, states.get(0).overages());
        assertEquals(2, states.get(1).overages());
        assertEquals(PoolState.compliant(), states.get(2), "back in compliance");
        assertEquals(new PoolState(1, null, 0), states.get(3), "the next overage is 1 of 5");
        states.forEach(s -> assertFalse(s.outOfCompliance()));
    }

    @Test
    void fourOveragesThenComplianceNeverReachOutOfCompliance() {
        List<PoolState> states = replay(new int[] {101, 101, 101, 101, 100, 101, 101, 101, 101}, same(100, 9));
        states.forEach(s -> assertFalse(s.outOfCompliance()));
        assertEquals(4, states.get(8).overages());
    }

    @Test
    void usageEqualToTheEntitlementIsNoOverage() {
        assertEquals(PoolState.compliant(), rule.next(new PoolState(3, null, 0), 100, 100, FIRST_END));
    }

    @Test
    void whileOutOfComplianceTheLockRisesToTheHighestUsageSeenAndNeverFalls() {
        PoolState ooc = new PoolState(5, FIRST_END, 130);
        PoolState higher = rule.next(ooc, 150, 100, end(1));
        assertEquals(new PoolState(5, FIRST_END, 150), higher);
        assertEquals(new PoolState(5, FIRST_END, 150), rule.next(higher, 50, 140, end(2)),
                "140 licenses cover the usage but not the locked 150");
        assertEquals(PoolState.compliant(), rule.next(higher, 50, 150, end(2)));
    }

    @Test
    void aPurchaseLargeEnoughEndsOutOfComplianceEvenInAWindowOfHighUsage() {
        assertEquals(PoolState.compliant(), rule.next(new PoolState(5, FIRST_END, 130), 130, 130, end(1)));
    }

    @Test
    void aPoolWithoutLicensesIsOverAsSoonAsAnythingIsUsed() {
        assertEquals(new PoolState(1, null, 0), rule.next(PoolState.compliant(), 1, 0, FIRST_END));
        assertEquals(PoolState.compliant(), rule.next(new PoolState(2, null, 0), 0, 0, FIRST_END));
    }

    @Test
    void theThresholdIsConfigurable() {
        OverageRule one = new OverageRule(1);
        assertEquals(1, one.threshold());
        assertEquals(new PoolState(1, FIRST_END, 101), one.next(PoolState.compliant(), 101, 100, FIRST_END));
        OverageRule three = new OverageRule(3);
        PoolState state = PoolState.compliant();
        for (int i = 0; i < 3; i++) {
            state = three.next(state, 101, 100, end(i));
        }
        assertEquals(new PoolState(3, end(2), 101), state);
        assertThrows(IllegalArgumentException.class, () -> new OverageRule(0));
    }

    @Test
    void theReportedUsageIsTheActualOneWhileCompliant() {
        assertEquals(120, rule.reportedUsage(new PoolState(2, null, 0), 120));
        assertEquals(130, rule.reportedUsage(new PoolState(5, FIRST_END, 130), 90));
    }

    @Test
    void impossibleInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> rule.next(PoolState.compliant(), -1, 100, FIRST_END));
        assertThrows(IllegalArgumentException.class, () -> rule.next(PoolState.compliant(), 1, -1, FIRST_END));
        assertThrows(NullPointerException.class, () -> rule.next(null, 1, 1, FIRST_END));
        assertThrows(NullPointerException.class, () -> rule.next(PoolState.compliant(), 1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new PoolState(-1, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new PoolState(0, null, 5));
    }

    @Test
    void theCompliantStateIsEmpty() {
        PoolState compliant = PoolState.compliant();
        assertEquals(0, compliant.overages());
        assertNull(compliant.outOfComplianceSince());
        assertEquals(0, compliant.lockedUsage());
        assertFalse(compliant.outOfCompliance());
    }
}
