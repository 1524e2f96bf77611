package org.ccadmin.authority.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OverageThresholdTest {

    @Test
    void theThresholdIsFiveUnlessTheServerSaysOtherwise() {
        assertEquals(5, OverageThreshold.threshold(null));
        assertEquals(5, OverageThreshold.threshold(" "));
        assertEquals(4, OverageThreshold.threshold(" 4 "));
        assertEquals(1, OverageThreshold.threshold("1"));
    }

    @Test
    void anUnusableValueFallsBackToTheDefault() {
        assertEquals(5, OverageThreshold.threshold("0"));
        assertEquals(5, OverageThreshold.threshold("-3"));
        assertEquals(5, OverageThreshold.threshold("five"));
    }
}
