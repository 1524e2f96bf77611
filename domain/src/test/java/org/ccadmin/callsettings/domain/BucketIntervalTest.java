package org.ccadmin.callsettings.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class BucketIntervalTest {

    private static final List<Integer> NINE = List.of(5, 10, 15, 20, 30, 60, 120, 300, 600);

    private static BucketInterval interval(List<Integer> bounds) {
        return BucketInterval.create("Standard", "Service level bins", bounds);
    }

    private static FieldError onlyError(List<Integer> bounds) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> interval(bounds));
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }

    private static BucketInterval builtIn() {
        BucketInterval b = interval(List.of(10, 20, 30));
        try {
            Field f = BucketInterval.class.getDeclaredField("builtIn");
            f.setAccessible(true);
            f.setBoolean(b, true);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return b;
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    // --- create

    @Test
    void intervalWithOneBoundIsCreated() {
        BucketInterval b = interval(List.of(20));
        assertEquals(List.of(20), b.upperBounds());
    }

    @Test
    void intervalWithNineStrictlyIncreasingBoundsIsCreated() {
        BucketInterval b = interval(NINE);
        assertEquals(NINE, b.upperBounds());
    }

    @Test
    void createdIntervalKeepsNameAndDescription() {
        BucketInterval b = interval(List.of(20));
        assertEquals("Standard", b.name());
        assertEquals("Service level bins", b.description());
        assertFalse(b.isBuiltIn());
        assertNull(b.id());
    }

    @Test
    void blankDescriptionIsStoredAsAbsent() {
        assertNull(BucketInterval.create("Standard", " ", List.of(1)).description());
    }

    @Test
    void smallestAndLargestBoundsAreAccepted() {
        assertEquals(List.of(1, Integer.MAX_VALUE), interval(List.of(1, Integer.MAX_VALUE)).upperBounds());
    }

    @Test
    void upperBoundsCannotBeModifiedFromOutside() {
        List<Integer> bounds = interval(List.of(10, 20)).upperBounds();
        assertThrows(UnsupportedOperationException.class, () -> bounds.add(30));
    }

    @Test
    void emptyBoundsAreRefused() {
        FieldError e = onlyError(List.of());
        assertEquals("upperBounds", e.field());
        assertEquals("invalidInput.fieldRequired", e.code());
    }

    @Test
    void missingBoundsAreRefused() {
        FieldError e = onlyError(null);
        assertEquals("upperBounds", e.field());
        assertEquals("invalidInput.fieldRequired", e.code());
    }

    @Test
    void tenBoundsAreRefused() {
        FieldError e = onlyError(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertEquals("upperBounds", e.field());
        assertEquals("invalidInput.tooManyValues", e.code());
    }

    @Test
    void blankBoundFollowedByASetBoundIsAGap() {
        FieldError e = onlyError(Arrays.asList(10, null, 30));
        assertEquals("upperBound2", e.field());
        assertEquals("invalidInput.gap", e.code());
    }

    @Test
    void blankFirstBoundIsAGap() {
        FieldError e = onlyError(Arrays.asList(null, 20));
        assertEquals("upperBound1", e.field());
        assertEquals("invalidInput.gap", e.code());
    }

    @Test
    void zeroBoundIsRefused() {
        FieldError e = onlyError(List.of(0, 10));
        assertEquals("upperBound1", e.field());
        assertEquals("invalidInput.outOfRange", e.code());
    }

    @Test
    void negativeBoundIsRefused() {
        FieldError e = onlyError(List.of(10, 20, -30));
        assertEquals("upperBound3", e.field());
        assertEquals("invalidInput.outOfRange", e.code());
    }

    @Test
    void equalBoundsAreRefused() {
        FieldError e = onlyError(List.of(10, 10));
        assertEquals("upperBound2", e.field());
        assertEquals("invalidInput.notIncreasing", e.code());
    }

    @Test
    void decreasingBoundIsRefusedNamingItsField() {
        FieldError e = onlyError(List.of(10, 20, 30, 25));
        assertEquals("upperBound4", e.field());
        assertEquals("invalidInput.notIncreasing", e.code());
        assertTrue(e.message().contains("upperBound3"), e.message());
    }

    @Test
    void invalidNameIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BucketInterval.create("-std", null, List.of(10)));
        assertEquals(List.of("name"), fields(e));
        assertEquals("invalidInput.invalidCharacters", e.errors().get(0).code());
    }

    @Test
    void nameDescriptionAndBoundsErrorsAreReportedTogether() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BucketInterval.create("", "d".repeat(256), List.of(5, 5)));
        assertEquals(List.of("name", "description", "upperBound2"), fields(e));
    }

    // --- fromFields

    @Test
    void fromFieldsDropsTrailingBlanks() {
        assertEquals(List.of(10, 20), BucketInterval.fromFields(Arrays.asList(10, 20, null, null, null, null, null, null, null)));
    }

    @Test
    void fromFieldsKeepsInnerBlanks() {
        assertEquals(Arrays.asList(10, null, 30),
                BucketInterval.fromFields(Arrays.asList(10, null, 30, null, null, null, null, null, null)));
    }

    @Test
    void innerBlankFromFieldsFailsAsGap() {
        List<Integer> bounds = BucketInterval.fromFields(Arrays.asList(10, null, 30, null, null, null, null, null, null));
        FieldError e = onlyError(bounds);
        assertEquals("upperBound2", e.field());
        assertEquals("invalidInput.gap", e.code());
    }

    @Test
    void allBlankFieldsGiveNoBounds() {
        List<Integer> bounds = BucketInterval.fromFields(Arrays.asList(new Integer[9]));
        assertEquals(List.of(), bounds);
        assertEquals("invalidInput.fieldRequired", onlyError(bounds).code());
    }

    @Test
    void fromFieldsKeepsAllNineWhenFull() {
        assertEquals(NINE, BucketInterval.fromFields(NINE));
    }

    @Test
    void fromFieldsLeavesItsInputUntouched() {
        List<Integer> nine = Arrays.asList(10, 20, null, null, null, null, null, null, null);
        BucketInterval.fromFields(nine);
        assertEquals(9, nine.size());
    }

    // --- revise

    @Test
    void reviseChangesNameAndDescription() {
        BucketInterval b = interval(List.of(10, 20));
        b.revise("Premium", "Tighter bins", null);
        assertEquals("Premium", b.name());
        assertEquals("Tighter bins", b.description());
        assertEquals(List.of(10, 20), b.upperBounds());
    }

    @Test
    void reviseKeepsNameAndDescriptionNotGiven() {
        BucketInterval b = interval(List.of(10, 20));
        b.revise(null, null, null);
        assertEquals("Standard", b.name());
        assertEquals("Service level bins", b.description());
    }

    @Test
    void reviseWithBlankDescriptionClearsIt() {
        BucketInterval b = interval(List.of(10, 20));
        b.revise(null, "", null);
        assertNull(b.description());
    }

    @Test
    void reviseAcceptsIdenticalBounds() {
        BucketInterval b = interval(List.of(10, 20));
        assertDoesNotThrow(() -> b.revise("Premium", null, Arrays.asList(10, 20)));
        assertEquals("Premium", b.name());
    }

    @Test
    void reviseRefusesDifferentBounds() {
        BucketInterval b = interval(List.of(10, 20));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.revise(null, null, List.of(10, 30)));
        assertEquals(1, e.errors().size());
        assertEquals("upperBounds", e.errors().get(0).field());
        assertEquals("invalidInput.immutable", e.errors().get(0).code());
    }

    @Test
    void reviseRefusesAnAddedBound() {
        BucketInterval b = interval(List.of(10, 20));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> b.revise(null, null, List.of(10, 20, 30)));
        assertEquals("invalidInput.immutable", e.errors().get(0).code());
    }

    @Test
    void refusedReviseChangesNothing() {
        BucketInterval b = interval(List.of(10, 20));
        assertThrows(InvalidInputException.class, () -> b.revise("Premium", "new", List.of(15)));
        assertEquals("Standard", b.name());
        assertEquals("Service level bins", b.description());
        assertEquals(List.of(10, 20), b.upperBounds());
    }

    @Test
    void reviseRefusesAnInvalidName() {
        BucketInterval b = interval(List.of(10, 20));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.revise("a b", null, null));
        assertEquals(List.of("name"), fields(e));
    }

    // --- built-in

    @Test
    void builtInIntervalCannotBeRevised() {
        BucketInterval b = builtIn();
        ConflictException e = assertThrows(ConflictException.class, () -> b.revise("Other", null, null));
        assertEquals("conflict.builtIn", e.code());
        assertEquals("Standard", b.name());
    }

    @Test
    void builtInIntervalCannotBeDeleted() {
        ConflictException e = assertThrows(ConflictException.class, () -> builtIn().checkDeletable());
        assertEquals("conflict.builtIn", e.code());
    }

    @Test
    void ordinaryIntervalMayBeDeleted() {
        assertDoesNotThrow(() -> interval(List.of(10)).checkDeletable());
    }

    // --- audit

    @Test
    void auditStateHoldsNameDescriptionAndBounds() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "Standard");
        expected.put("description", "Service level bins");
        expected.put("upperBounds", List.of(10, 20));
        Map<String, Object> state = interval(List.of(10, 20)).auditState();
        assertEquals(expected, state);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(state.keySet()));
    }

    @Test
    void auditTypeIsBucketInterval() {
        BucketInterval b = interval(List.of(10));
        assertEquals("bucketInterval", b.auditType());
        assertEquals("Standard", b.auditName());
    }
}
