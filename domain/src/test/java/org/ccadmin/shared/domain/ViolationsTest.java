package org.ccadmin.shared.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void freshViolationsAreEmpty() {
        Violations v = new Violations();
        assertTrue(v.isEmpty());
        assertEquals(List.of(), v.errors());
    }

    @Test
    void requiredRefusesNull() {
        Violations v = new Violations();
        assertFalse(v.required("name", null));
        assertEquals(List.of(new FieldError("name", "invalidInput.fieldRequired", "name is required.")), v.errors());
    }

    @Test
    void requiredAcceptsAnyValue() {
        Violations v = new Violations();
        assertTrue(v.required("name", "x"));
        assertTrue(v.required("count", 0));
        assertTrue(v.isEmpty());
    }

    @Test
    void rangeAcceptsBothEdges() {
        Violations v = new Violations();
        v.range("taskLife", 1, 1, 10);
        v.range("taskLife", 10, 1, 10);
        assertTrue(v.isEmpty());
    }

    @Test
    void rangeRefusesValueBelowMinimum() {
        Violations v = new Violations();
        v.range("taskLife", 0, 1, 10);
        assertEquals(1, v.errors().size());
        FieldError e = v.errors().get(0);
        assertEquals("taskLife", e.field());
        assertEquals("invalidInput.outOfRange", e.code());
        assertEquals("taskLife must be a whole number from 1 to 10.", e.message());
    }

    @Test
    void rangeRefusesValueAboveMaximum() {
        Violations v = new Violations();
        v.range("taskLife", 11, 1, 10);
        assertEquals("invalidInput.outOfRange", v.errors().get(0).code());
    }

    @Test
    void rangeLeavesNullToRequired() {
        Violations v = new Violations();
        v.range("taskLife", null, 1, 10);
        assertTrue(v.isEmpty());
    }

    @Test
    void rangeHandlesTheFullIntegerSpan() {
        Violations v = new Violations();
        v.range("threshold", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
        v.range("threshold", Integer.MIN_VALUE, Integer.MIN_VALUE, 0);
        assertTrue(v.isEmpty());
    }

    @Test
    void maxLengthAcceptsExactlyTheLimit() {
        Violations v = new Violations();
        v.maxLength("description", "abc", 3);
        assertTrue(v.isEmpty());
    }

    @Test
    void maxLengthRefusesOneCharacterMore() {
        Violations v = new Violations();
        v.maxLength("description", "abcd", 3);
        assertEquals(List.of(new FieldError("description", "invalidInput.fieldLengthExceeded",
                "description must be at most 3 characters long.")), v.errors());
    }

    @Test
    void maxLengthIgnoresNull() {
        Violations v = new Violations();
        v.maxLength("description", null, 3);
        assertTrue(v.isEmpty());
    }

    @Test
    void severalErrorsAreCollectedInOrder() {
        Violations v = new Violations();
        v.required("name", null);
        v.range("taskLife", 0, 1, 10);
        v.maxLength("description", "abcd", 3);
        assertEquals(List.of("name", "taskLife", "description"), v.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("invalidInput.fieldRequired", "invalidInput.outOfRange", "invalidInput.fieldLengthExceeded"),
                v.errors().stream().map(FieldError::code).toList());
    }

    @Test
    void hasTellsWhetherAFieldHasAnError() {
        Violations v = new Violations();
        v.range("taskLife", 0, 1, 10);
        assertTrue(v.has("taskLife"));
        assertFalse(v.has("name"));
    }

    @Test
    void errorsIsASnapshotThatCannotBeModified() {
        Violations v = new Violations();
        v.add("a", "c", "m");
        List<FieldError> snapshot = v.errors();
        v.add("b", "c", "m");
        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(new FieldError("x", "y", "z")));
    }

    @Test
    void throwIfAnyDoesNothingWithoutErrors() {
        assertDoesNotThrow(() -> new Violations().throwIfAny());
    }

    @Test
    void throwIfAnyThrowsInvalidInputWithEveryError() {
        Violations v = new Violations();
        v.required("name", null);
        v.range("taskLife", 0, 1, 10);
        InvalidInputException e = assertThrows(InvalidInputException.class, v::throwIfAny);
        assertEquals("invalidInput", e.code());
        assertEquals(v.errors(), e.errors());
        assertEquals("2 fields are invalid.", e.getMessage());
    }

    @Test
    void singleErrorBecomesTheExceptionMessage() {
        Violations v = new Violations();
        v.required("name", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, v::throwIfAny);
        assertEquals("name is required.", e.getMessage());
    }

    @Test
    void exceptionErrorsDoNotChangeWhenViolationsGrowLater() {
        Violations v = new Violations();
        v.required("name", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, v::throwIfAny);
        v.required("other", null);
        assertEquals(1, e.errors().size());
    }

    @Test
    void invalidInputIsADomainException() {
        assertTrue(DomainException.class.isAssignableFrom(InvalidInputException.class));
        InvalidInputException e = InvalidInputException.of("f", "c", "msg");
        assertEquals(List.of(new FieldError("f", "c", "msg")), e.errors());
    }
}
