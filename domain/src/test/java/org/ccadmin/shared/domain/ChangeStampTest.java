package org.ccadmin.shared.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangeStampTest {

    @Test
    void missingChangeStampIsRequired() {
        ChangeStampRequiredException e = assertThrows(ChangeStampRequiredException.class,
                () -> ChangeStamp.of(null).verify("media routing domain", 5L, 3));
        assertEquals("changeStampRequired", e.code());
    }

    @Test
    void matchingChangeStampPasses() {
        assertDoesNotThrow(() -> ChangeStamp.of(3L).verify("media routing domain", 5L, 3));
    }

    @Test
    void matchingIfMatchPasses() {
        assertDoesNotThrow(() -> ChangeStamp.ifMatch(0).verify("media routing domain", 5L, 0));
    }

    @Test
    void olderChangeStampInTheBodyIsStale() {
        StaleChangeStampException e = assertThrows(StaleChangeStampException.class,
                () -> ChangeStamp.of(2L).verify("media routing domain", 5L, 3));
        assertEquals("conflict.staleChangeStamp", e.code());
        assertEquals(3, e.current());
        assertFalse(e.viaPrecondition());
    }

    @Test
    void staleIfMatchIsMarkedAsPrecondition() {
        StaleChangeStampException e = assertThrows(StaleChangeStampException.class,
                () -> ChangeStamp.ifMatch(2).verify("media routing domain", 5L, 3));
        assertTrue(e.viaPrecondition());
        assertEquals(3, e.current());
    }

    @Test
    void newerChangeStampThanCurrentIsAlsoStale() {
        assertThrows(StaleChangeStampException.class, () -> ChangeStamp.of(4L).verify("bucket interval", 1L, 3));
    }

    @Test
    void staleMessageNamesResourceIdAndBothVersions() {
        StaleChangeStampException e = assertThrows(StaleChangeStampException.class,
                () -> ChangeStamp.of(2L).verify("bucket interval", 42L, 7));
        assertTrue(e.getMessage().contains("bucket interval 42"), e.getMessage());
        assertTrue(e.getMessage().contains("changeStamp 2"), e.getMessage());
        assertTrue(e.getMessage().contains("current 7"), e.getMessage());
    }

    @Test
    void largeChangeStampValuesCompareByValue() {
        // Long values outside the Long cache must still compare equal by value.
        assertDoesNotThrow(() -> ChangeStamp.of(100_000L).verify("bucket interval", 1L, 100_000L));
    }

    @Test
    void ofIsNotAPreconditionAndIfMatchIs() {
        assertFalse(ChangeStamp.of(1L).viaPrecondition());
        assertTrue(ChangeStamp.ifMatch(1).viaPrecondition());
    }
}
