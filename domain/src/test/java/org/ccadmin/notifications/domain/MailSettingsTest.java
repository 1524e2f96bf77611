package org.ccadmin.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private final MailSettings settings = new MailSettings() { };

    private static MailSettingsChange complete() {
        return new MailSettingsChange(true, "smtp.example.com", 587, true, "ccadmin", "secret", "ccadmin@example.com",
                "admin@example.com");
    }

    @Test
    void aCompleteEnabledConfigurationIsUsableAndKeepsThePasswordWithoutShowingIt() {
        settings.revise(complete());
        assertTrue(settings.isUsable());
        assertEquals("secret", settings.password());
        assertEquals(Boolean.TRUE, settings.auditState().get("passwordSet"));
        assertFalse(settings.auditState().containsValue("secret"), "never audited");
    }

    @Test
    void enablingNeedsHostPortFromAndToNamingEachMissingField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> settings.revise(new MailSettingsChange(true, null, null, null, null, null, null, null)));
        assertEquals(Set.of("host", "port", "from", "to"), fields(e));
        assertFalse(settings.enabled(), "nothing changed");
    }

    @Test
    void badValuesAreRefusedByField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> settings.revise(
                new MailSettingsChange(true, "smtp.example.com", 70000, false, null, "pw", "not an address", "a@b, c@d")));
        assertEquals(Set.of("port", "password", "from", "to"), fields(e));
    }

    @Test
    void aNullFieldStaysAnEmptyOneClearsAndClearingTheUserClearsThePassword() {
        settings.revise(complete());
        settings.revise(new MailSettingsChange(null, null, 25, null, null, null, null, null));
        assertEquals(25, settings.port());
        assertEquals("secret", settings.password(), "a change without password keeps it");
        settings.revise(new MailSettingsChange(null, null, null, false, "", null, null, null));
        assertNull(settings.username());
        assertNull(settings.password());
        assertFalse(settings.tls());
    }

    @Test
    void disabledSettingsMayBeIncompleteAndAreNotUsable() {
        settings.revise(new MailSettingsChange(false, "smtp.example.com", null, null, null, null, null, null));
        assertFalse(settings.isUsable());
    }

    private static Set<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }
}
