package org.ccadmin.callsettings.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MiscellaneousSettingsTest {

    @Test
    void theTimeoutIsThirtyMinutesUntilChanged() {
        MiscellaneousSettings s = MiscellaneousSettings.defaults();
        assertEquals(30, s.sessionTimeoutMinutes());
        assertEquals(Duration.ofMinutes(30), s.sessionTimeout());
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 16, 240, 1439, 1440})
    void aTimeoutFromFifteenMinutesToOneDayIsAccepted(int minutes) {
        MiscellaneousSettings s = MiscellaneousSettings.defaults();
        s.revise(minutes);
        assertEquals(minutes, s.sessionTimeoutMinutes());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 14, 1441, 100000})
    void aTimeoutOutsideTheRangeIsRefusedNamingTheFieldAndNothingChanges(int minutes) {
        MiscellaneousSettings s = MiscellaneousSettings.defaults();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.revise(minutes));
        assertEquals("sessionTimeoutMinutes", e.errors().get(0).field());
        assertEquals("invalidInput.outOfRange", e.errors().get(0).code());
        assertEquals("sessionTimeoutMinutes must be a whole number from 15 to 1440.", e.getMessage());
        assertEquals(30, s.sessionTimeoutMinutes());
    }

    @Test
    void noValueLeavesTheTimeoutAsItIs() {
        MiscellaneousSettings s = MiscellaneousSettings.defaults();
        s.revise(60);
        s.revise(null);
        assertEquals(60, s.sessionTimeoutMinutes());
    }

    @Test
    void theAuditShowsTheTimeout() {
        MiscellaneousSettings s = MiscellaneousSettings.defaults();
        s.revise(45);
        assertEquals(45, s.auditState().get("sessionTimeoutMinutes"));
    }
}
