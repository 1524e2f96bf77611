package org.ccadmin.callsettings.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class MediaRoutingDomainTest {

    // --- helpers

    private static MediaRoutingDomainDraft draft(String name, String description, Integer taskLife, Integer taskStartTimeout,
            Integer maxTaskDuration, Integer serviceLevelThreshold, Boolean interruptible, Integer maxTasksInQueue,
            Integer maxTimeInQueue) {
        return new MediaRoutingDomainDraft(name, description, taskLife, taskStartTimeout, maxTaskDuration,
                serviceLevelThreshold, interruptible, maxTasksInQueue, maxTimeInQueue);
    }

    /** A draft named "Chat" with only the one numeric field set. */
    private static MediaRoutingDomainDraft withField(String field, int value) {
        Integer tl = null, tst = null, mtd = null, slt = null, mtq = null, mtiq = null;
        switch (field) {
            case "taskLife" -> tl = value;
            case "taskStartTimeout" -> tst = value;
            case "maxTaskDuration" -> mtd = value;
            case "serviceLevelThreshold" -> slt = value;
            case "maxTasksInQueue" -> mtq = value;
            case "maxTimeInQueue" -> mtiq = value;
            default -> throw new IllegalArgumentException(field);
        }
        return draft("Chat", null, tl, tst, mtd, slt, null, mtq, mtiq);
    }

    private static int valueOf(MediaRoutingDomain m, String field) {
        return switch (field) {
            case "taskLife" -> m.taskLife();
            case "taskStartTimeout" -> m.taskStartTimeout();
            case "maxTaskDuration" -> m.maxTaskDuration();
            case "serviceLevelThreshold" -> m.serviceLevelThreshold();
            case "maxTasksInQueue" -> m.maxTasksInQueue();
            case "maxTimeInQueue" -> m.maxTimeInQueue();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static void assertAccepted(String field, int value) {
        MediaRoutingDomain m = assertDoesNotThrow(() -> MediaRoutingDomain.multichannel(withField(field, value)),
                field + " = " + value + " should be accepted");
        assertEquals(value, valueOf(m, field));
    }

    private static void assertRefused(String field, int value) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MediaRoutingDomain.multichannel(withField(field, value)), field + " = " + value + " should be refused");
        assertEquals(1, e.errors().size(), e.errors().toString());
        FieldError error = e.errors().get(0);
        assertEquals(field, error.field());
        assertEquals("invalidInput.outOfRange", error.code());
        assertTrue(error.message().startsWith(field + " "), error.message());
    }

    private static MediaRoutingDomain chat() {
        return MediaRoutingDomain.multichannel(draft("Chat", "Web chat", 600, 20, 7200, 15, true, 500, 1800));
    }

    private static MediaRoutingDomain voice() {
        try {
            Constructor<MediaRoutingDomain> constructor = MediaRoutingDomain.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            MediaRoutingDomain m = constructor.newInstance();
            set(m, "type", MediaRoutingDomainType.VOICE);
            set(m, "name", "Cisco_Voice");
            set(m, "taskLife", 1200);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = MediaRoutingDomain.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    // --- creation and defaults

    @Test
    void newDomainIsMultichannel() {
        MediaRoutingDomain m = MediaRoutingDomain.multichannel(MediaRoutingDomainDraft.named("Chat"));
        assertEquals(MediaRoutingDomainType.MULTICHANNEL, m.type());
        assertFalse(m.isBuiltIn());
    }

    @Test
    void newDomainTakesDefaultsForSettingsNotGiven() {
        MediaRoutingDomain m = MediaRoutingDomain.multichannel(MediaRoutingDomainDraft.named("Chat"));
        assertEquals(1200, m.taskLife());
        assertEquals(30, m.taskStartTimeout());
        assertEquals(28800, m.maxTaskDuration());
        assertEquals(30, m.serviceLevelThreshold());
        assertEquals(10000, m.maxTasksInQueue());
        assertEquals(3600, m.maxTimeInQueue());
        assertFalse(m.interruptible());
        assertNull(m.description());
    }

    @Test
    void newDomainTakesEveryGivenSetting() {
        MediaRoutingDomain m = chat();
        assertEquals("Chat", m.name());
        assertEquals("Web chat", m.description());
        assertEquals(600, m.taskLife());
        assertEquals(20, m.taskStartTimeout());
        assertEquals(7200, m.maxTaskDuration());
        assertEquals(15, m.serviceLevelThreshold());
        assertTrue(m.interruptible());
        assertEquals(500, m.maxTasksInQueue());
        assertEquals(1800, m.maxTimeInQueue());
    }

    @Test
    void newDomainKeepsTheNameAsTypedAndItsLowerCaseKey() {
        MediaRoutingDomain m = MediaRoutingDomain.multichannel(MediaRoutingDomainDraft.named("Chat.EMEA"));
        assertEquals("Chat.EMEA", m.name());
        assertEquals("chat.emea", m.nameKey());
    }

    @Test
    void blankDescriptionIsStoredAsAbsent() {
        MediaRoutingDomain m = MediaRoutingDomain.multichannel(draft("Chat", "  ", null, null, null, null, null, null, null));
        assertNull(m.description());
    }

    @Test
    void newDomainHasNoIdAndChangeStampZero() {
        MediaRoutingDomain m = chat();
        assertNull(m.id());
        assertEquals(0, m.changeStamp());
    }

    @Test
    void nameIsRequiredOnCreate() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MediaRoutingDomain.multichannel(MediaRoutingDomainDraft.named(null)));
        assertEquals(List.of("name"), fields(e));
        assertEquals("invalidInput.fieldRequired", e.errors().get(0).code());
    }

    @Test
    void invalidNameIsRefusedOnCreate() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MediaRoutingDomain.multichannel(MediaRoutingDomainDraft.named("web chat")));
        assertEquals("invalidInput.invalidCharacters", e.errors().get(0).code());
    }

    @Test
    void descriptionLongerThan255CharactersIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MediaRoutingDomain.multichannel(
                draft("Chat", "d".repeat(256), null, null, null, null, null, null, null)));
        assertEquals(List.of("description"), fields(e));
    }

    // --- ranges

    @Test
    void taskLifeAcceptsOneAnd28800() {
        assertAccepted("taskLife", 1);
        assertAccepted("taskLife", 28800);
    }

    @Test
    void taskLifeRefusesZeroAnd28801() {
        assertRefused("taskLife", 0);
        assertRefused("taskLife", 28801);
    }

    @Test
    void taskStartTimeoutAcceptsOneAnd3600() {
        assertAccepted("taskStartTimeout", 1);
        assertAccepted("taskStartTimeout", 3600);
    }

    @Test
    void taskStartTimeoutRefusesZeroAnd3601() {
        assertRefused("taskStartTimeout", 0);
        assertRefused("taskStartTimeout", 3601);
    }

    @Test
    void maxTaskDurationAcceptsOneAnd86400() {
        assertAccepted("maxTaskDuration", 1);
        assertAccepted("maxTaskDuration", 86400);
    }

    @Test
    void maxTaskDurationRefusesZeroAnd86401() {
        assertRefused("maxTaskDuration", 0);
        assertRefused("maxTaskDuration", 86401);
    }

    @Test
    void serviceLevelThresholdAcceptsZeroAndIntegerMax() {
        assertAccepted("serviceLevelThreshold", 0);
        assertAccepted("serviceLevelThreshold", Integer.MAX_VALUE);
    }

    @Test
    void serviceLevelThresholdRefusesMinusOne() {
        assertRefused("serviceLevelThreshold", -1);
    }

    @Test
    void maxTasksInQueueAcceptsOneAnd100000() {
        assertAccepted("maxTasksInQueue", 1);
        assertAccepted("maxTasksInQueue", 100000);
    }

    @Test
    void maxTasksInQueueRefusesZeroAnd100001() {
        assertRefused("maxTasksInQueue", 0);
        assertRefused("maxTasksInQueue", 100001);
    }

    @Test
    void maxTimeInQueueAcceptsOneAnd259200() {
        assertAccepted("maxTimeInQueue", 1);
        assertAccepted("maxTimeInQueue", 259200);
    }

    @Test
    void maxTimeInQueueRefusesZeroAnd259201() {
        assertRefused("maxTimeInQueue", 0);
        assertRefused("maxTimeInQueue", 259201);
    }

    @Test
    void negativeValuesAreRefused() {
        assertRefused("taskLife", -5);
        assertRefused("maxTasksInQueue", Integer.MIN_VALUE);
    }

    @Test
    void rangeLimitsArePublishedAsConstants() {
        assertEquals(28800, MediaRoutingDomain.TASK_LIFE_MAX);
        assertEquals(3600, MediaRoutingDomain.TASK_START_TIMEOUT_MAX);
        assertEquals(86400, MediaRoutingDomain.MAX_TASK_DURATION_MAX);
        assertEquals(Integer.MAX_VALUE, MediaRoutingDomain.SERVICE_LEVEL_THRESHOLD_MAX);
        assertEquals(100000, MediaRoutingDomain.MAX_TASKS_IN_QUEUE_MAX);
        assertEquals(259200, MediaRoutingDomain.MAX_TIME_IN_QUEUE_MAX);
    }

    @Test
    void severalBadFieldsAreReportedTogether() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MediaRoutingDomain.multichannel(
                draft("_bad", "d".repeat(300), 0, 0, 0, -1, null, 0, 0)));
        assertEquals(List.of("name", "description", "taskLife", "taskStartTimeout", "maxTaskDuration",
                "serviceLevelThreshold", "maxTasksInQueue", "maxTimeInQueue"), fields(e));
    }

    // --- revise

    @Test
    void reviseKeepsEveryValueNotGiven() {
        MediaRoutingDomain m = chat();
        Map<String, Object> before = m.auditState();
        m.revise(draft(null, null, null, null, null, null, null, null, null));
        assertEquals(before, m.auditState());
    }

    @Test
    void reviseChangesOnlyTheGivenValues() {
        MediaRoutingDomain m = chat();
        m.revise(draft(null, null, 900, null, null, 0, false, null, null));
        assertEquals(900, m.taskLife());
        assertEquals(0, m.serviceLevelThreshold());
        assertFalse(m.interruptible());
        assertEquals("Chat", m.name());
        assertEquals("Web chat", m.description());
        assertEquals(20, m.taskStartTimeout());
        assertEquals(7200, m.maxTaskDuration());
        assertEquals(500, m.maxTasksInQueue());
        assertEquals(1800, m.maxTimeInQueue());
    }

    @Test
    void reviseCanRenameAndUpdatesTheKey() {
        MediaRoutingDomain m = chat();
        m.revise(MediaRoutingDomainDraft.named("Email_EU"));
        assertEquals("Email_EU", m.name());
        assertEquals("email_eu", m.nameKey());
    }

    @Test
    void reviseWithBlankDescriptionClearsIt() {
        MediaRoutingDomain m = chat();
        m.revise(draft(null, "", null, null, null, null, null, null, null));
        assertNull(m.description());
    }

    @Test
    void reviseChecksRanges() {
        MediaRoutingDomain m = chat();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> m.revise(draft(null, null, 28801, null, null, null, null, null, 0)));
        assertEquals(List.of("taskLife", "maxTimeInQueue"), fields(e));
    }

    @Test
    void reviseRefusesAnInvalidName() {
        MediaRoutingDomain m = chat();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> m.revise(MediaRoutingDomainDraft.named("")));
        assertEquals(List.of("name"), fields(e));
    }

    @Test
    void refusedReviseChangesNothing() {
        MediaRoutingDomain m = chat();
        Map<String, Object> before = m.auditState();
        assertThrows(InvalidInputException.class,
                () -> m.revise(draft("Renamed", "new", 100, 10, 100, 10, false, 10, 0)));
        assertEquals(before, m.auditState());
    }

    // --- built-in voice domain

    @Test
    void voiceDomainIsBuiltIn() {
        assertTrue(voice().isBuiltIn());
    }

    @Test
    void voiceDomainCannotBeRevised() {
        MediaRoutingDomain v = voice();
        ConflictException e = assertThrows(ConflictException.class, () -> v.revise(draft(null, null, 600, null, null,
                null, null, null, null)));
        assertEquals("conflict.builtIn", e.code());
        assertEquals(1200, v.taskLife());
    }

    @Test
    void voiceDomainCannotBeRevisedEvenWithInvalidInput() {
        MediaRoutingDomain v = voice();
        ConflictException e = assertThrows(ConflictException.class, () -> v.revise(MediaRoutingDomainDraft.named("")));
        assertEquals("conflict.builtIn", e.code());
    }

    @Test
    void voiceDomainCannotBeDeleted() {
        ConflictException e = assertThrows(ConflictException.class, () -> voice().checkDeletable());
        assertEquals("conflict.builtIn", e.code());
        assertTrue(e.getMessage().contains("Cisco_Voice"), e.getMessage());
    }

    @Test
    void multichannelDomainMayBeDeleted() {
        assertDoesNotThrow(() -> chat().checkDeletable());
    }

    // --- audit

    @Test
    void auditStateListsEverySettingInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "Chat");
        expected.put("description", "Web chat");
        expected.put("type", "multichannel");
        expected.put("taskLife", 600);
        expected.put("taskStartTimeout", 20);
        expected.put("maxTaskDuration", 7200);
        expected.put("serviceLevelThreshold", 15);
        expected.put("interruptible", true);
        expected.put("maxTasksInQueue", 500);
        expected.put("maxTimeInQueue", 1800);
        Map<String, Object> state = chat().auditState();
        assertEquals(expected, state);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(state.keySet()));
    }

    @Test
    void auditStateKeepsAbsentDescriptionAsNull() {
        Map<String, Object> state = MediaRoutingDomain.multichannel(MediaRoutingDomainDraft.named("Chat")).auditState();
        assertTrue(state.containsKey("description"));
        assertNull(state.get("description"));
    }

    @Test
    void auditIdentityIsTypeIdAndName() {
        MediaRoutingDomain m = chat();
        assertEquals("mediaRoutingDomain", m.auditType());
        assertNull(m.auditId());
        assertEquals("Chat", m.auditName());
    }

    @Test
    void auditStateIsASnapshot() {
        MediaRoutingDomain m = chat();
        Map<String, Object> before = m.auditState();
        m.revise(draft(null, null, 700, null, null, null, null, null, null));
        assertEquals(600, before.get("taskLife"));
        assertEquals(700, m.auditState().get("taskLife"));
    }
}
