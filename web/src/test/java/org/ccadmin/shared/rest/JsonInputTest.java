package org.ccadmin.shared.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonInputTest {

    private static final Set<String> KNOWN = Set.of("name", "count", "id", "enabled", "upperBounds", "changeStamp");

    /** JSON with single quotes for readability. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static JsonInput parse(String singleQuoted) {
        return JsonInput.parse(json(singleQuoted), KNOWN);
    }

    private static List<FieldError> errorsOfDone(JsonInput input) {
        return assertThrows(InvalidInputException.class, input::done).errors();
    }

    private static FieldError single(List<FieldError> errors) {
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    private static void assertError(FieldError error, String field, String code) {
        assertEquals(field, error.field(), () -> "field of " + error);
        assertEquals(code, error.code(), () -> "code of " + error);
        assertFalse(error.message() == null || error.message().isBlank(), () -> "message of " + error);
    }

    @Nested
    class Body {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " ", "  \n\t "})
        void blankBodyIsRefused(String text) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JsonInput.parse(text, KNOWN));
            assertEquals("invalidInput", e.code());
            assertError(single(e.errors()), "body", "invalidInput.bodyRequired");
        }

        @ParameterizedTest
        @ValueSource(strings = {"{", "{'name': ", "{name: 1}", "{'name': 'x',}", "{'name' 'x'}", "{'a': tru}", "nonsense",
                "{'name': 'unterminated}"})
        void malformedJsonIsRefusedNamingTheBody(String text) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(text));
            assertEquals("invalidInput", e.code());
            FieldError error = single(e.errors());
            assertError(error, "body", "invalidInput.malformedJson");
        }

        @Test
        void malformedJsonMessageGivesThePosition() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("{\n'name': }"));
            String message = single(e.errors()).message();
            assertTrue(message.contains("line 2"), message);
            assertTrue(message.contains("column"), message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "[{'name': 'x'}]", "'text'", "42", "true", "null"})
        void aBodyThatIsNoObjectIsRefused(String text) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(text));
            assertError(single(e.errors()), "body", "invalidInput.notAnObject");
        }

        @Test
        void anEmptyObjectIsAccepted() {
            JsonInput input = parse("{}");
            assertNull(input.string("name"));
            assertDoesNotThrow(input::done);
        }

        /** Content after the first JSON value is refused, not silently ignored. */
        @ParameterizedTest
        @ValueSource(strings = {"{'name': 'x'} {'name': 'y'}", "{'name': 'x'}}", "{'name': 'x'} garbage", "{} ["})
        void trailingContentAfterTheObjectIsRefused(String text) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(text));
            assertError(single(e.errors()), "body", "invalidInput.malformedJson");
        }

        /** Parsson throws NumberFormatException ("Exponent overflow.") from readValue(); it escapes → 500. */
        @ParameterizedTest
        @ValueSource(strings = {"1e2147483648", "1e-2147483649"})
        void aNumberWhoseExponentOverflowsIsRefused(String number) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("{'count': " + number + "}"));
            assertEquals("body", single(e.errors()).field());
        }

        /** Parsson refuses number literals over 1100 characters with UnsupportedOperationException → 500. */
        @Test
        void anOverlongNumberIsRefused() {
            String digits = "1" + "0".repeat(2000);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("{'count': " + digits + "}"));
            assertEquals("body", single(e.errors()).field());
        }

        /** Parsson refuses nesting deeper than 1000 with a bare RuntimeException → 500. */
        @Test
        void tooDeepNestingIsRefused() {
            String text = "{'name': " + "[".repeat(2000) + "]".repeat(2000) + "}";
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(text));
            assertEquals("body", single(e.errors()).field());
        }

        @Test
        void nestingWithinTheLimitIsParsed() {
            JsonInput input = parse("{'name': " + "[".repeat(500) + "]".repeat(500) + "}");
            assertNull(input.string("name"));
            assertError(single(errorsOfDone(input)), "name", "invalidInput.wrongType");
        }
    }

    @Nested
    class UnknownFields {

        @Test
        void everyUnknownFieldIsNamed() {
            JsonInput input = parse("{'name': 'x', 'colour': 'red', 'size': 3, 'Name': 'case matters'}");
            List<FieldError> errors = errorsOfDone(input);
            assertEquals(Set.of("colour", "size", "Name"), errors.stream().map(FieldError::field).collect(Collectors.toSet()));
            for (FieldError error : errors) {
                assertError(error, error.field(), "invalidInput.unknownField");
                assertTrue(error.message().contains("'" + error.field() + "'"), error.message());
            }
        }

        @Test
        void knownFieldsAreAcceptedEvenWhenNotRead() {
            JsonInput input = parse("{'name': 'x', 'changeStamp': 4}");
            assertEquals("x", input.string("name"));
            assertDoesNotThrow(input::done);
        }

        @Test
        void unknownFieldsAreOnlyReportedByDone() {
            JsonInput input = assertDoesNotThrow(() -> parse("{'colour': 'red'}"));
            assertError(single(errorsOfDone(input)), "colour", "invalidInput.unknownField");
        }
    }

    @Nested
    class Values {

        @Test
        void valuesOfTheRightTypeAreRead() {
            JsonInput input = parse("{'name': 'Agent \\u00e9 \\'q\\'', 'count': 7, 'id': 9007199254740993, 'enabled': true,"
                    + " 'changeStamp': 0, 'upperBounds': [1, -2, 3]}");
            assertEquals("Agent \u00e9 \"q\"", input.string("name"));
            assertEquals(7, input.integer("count"));
            assertEquals(9007199254740993L, input.longValue("id"));
            assertEquals(Boolean.TRUE, input.bool("enabled"));
            assertEquals(0L, input.longValue("changeStamp"));
            assertEquals(List.of(1, -2, 3), input.integers("upperBounds"));
            assertDoesNotThrow(input::done);
        }

        @Test
        void falseIsRead() {
            JsonInput input = parse("{'enabled': false}");
            assertEquals(Boolean.FALSE, input.bool("enabled"));
            assertDoesNotThrow(input::done);
        }

        @Test
        void absentAndNullFieldsAreNull() {
            JsonInput input = parse("{'name': null, 'count': null, 'id': null, 'enabled': null, 'upperBounds': null}");
            assertNull(input.string("name"));
            assertNull(input.integer("count"));
            assertNull(input.longValue("id"));
            assertNull(input.bool("enabled"));
            assertNull(input.integers("upperBounds"));
            assertNull(input.longValue("changeStamp"));
            assertDoesNotThrow(input::done);
        }

        @Test
        void hasTellsPresentFromAbsentEvenForNull() {
            JsonInput input = parse("{'name': null}");
            assertTrue(input.has("name"));
            assertFalse(input.has("count"));
        }

        @Test
        void anEmptyStringIsAString() {
            JsonInput input = parse("{'name': ''}");
            assertEquals("", input.string("name"));
            assertDoesNotThrow(input::done);
        }
    }

    @Nested
    class WrongTypes {

        private void assertWrongType(String body, String field, java.util.function.Function<JsonInput, Object> read) {
            JsonInput input = parse(body);
            assertNull(read.apply(input), "a value of the wrong type reads as null");
            FieldError error = single(errorsOfDone(input));
            assertError(error, field, "invalidInput.wrongType");
            assertTrue(error.message().startsWith(field + " "), error.message());
        }

        @ParameterizedTest
        @ValueSource(strings = {"3", "true", "[]", "{}", "['x']"})
        void string(String value) {
            assertWrongType("{'name': " + value + "}", "name", i -> i.string("name"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"'3'", "true", "[3]", "{}", "1.5", "0.1", "-2.25", "1e-3"})
        void integer(String value) {
            assertWrongType("{'count': " + value + "}", "count", i -> i.integer("count"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"'3'", "false", "[3]", "{}", "1.5", "3.000001"})
        void longValue(String value) {
            assertWrongType("{'id': " + value + "}", "id", i -> i.longValue("id"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"'true'", "1", "0", "[]", "{}", "'yes'"})
        void bool(String value) {
            assertWrongType("{'enabled': " + value + "}", "enabled", i -> i.bool("enabled"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"'1,2'", "3", "true", "{}", "{'0': 1}"})
        void integers(String value) {
            assertWrongType("{'upperBounds': " + value + "}", "upperBounds", i -> i.integers("upperBounds"));
        }
    }

    @Nested
    class WholeNumbers {

        @Test
        void aFractionIsRefusedAsInteger() {
            JsonInput input = parse("{'count': 1.5}");
            assertNull(input.integer("count"));
            assertError(single(errorsOfDone(input)), "count", "invalidInput.wrongType");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2.0", "2.000", "2e0", "0.2e1", "20e-1"})
        void aWholeNumberWrittenWithFractionDigitsOrExponentIsAccepted(String value) {
            JsonInput input = parse("{'count': " + value + ", 'id': " + value + "}");
            assertEquals(2, input.integer("count"));
            assertEquals(2L, input.longValue("id"));
            assertDoesNotThrow(input::done);
        }

        @Test
        void anExponentWithoutFractionIsAWholeNumber() {
            JsonInput input = parse("{'count': 1e3, 'id': 1E+12}");
            assertEquals(1000, input.integer("count"));
            assertEquals(1_000_000_000_000L, input.longValue("id"));
            assertDoesNotThrow(input::done);
        }

        @Test
        void zeroInAnyNotationIsAccepted() {
            JsonInput input = parse("{'count': 0.0, 'id': -0}");
            assertEquals(0, input.integer("count"));
            assertEquals(0L, input.longValue("id"));
            assertDoesNotThrow(input::done);
        }

        @Test
        void integerLimitsAreAccepted() {
            JsonInput input = parse("{'count': 2147483647, 'changeStamp': -2147483648}");
            assertEquals(Integer.MAX_VALUE, input.integer("count"));
            assertEquals(Integer.MIN_VALUE, input.integer("changeStamp"));
            assertDoesNotThrow(input::done);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2147483648", "-2147483649", "99999999999999999999999", "1e10"})
        void integerOverflowIsRefusedNamingTheField(String value) {
            JsonInput input = parse("{'count': " + value + "}");
            assertNull(input.integer("count"));
            assertError(single(errorsOfDone(input)), "count", "invalidInput.outOfRange");
        }

        @Test
        void longLimitsAreAccepted() {
            JsonInput input = parse("{'id': 9223372036854775807, 'changeStamp': -9223372036854775808}");
            assertEquals(Long.MAX_VALUE, input.longValue("id"));
            assertEquals(Long.MIN_VALUE, input.longValue("changeStamp"));
            assertDoesNotThrow(input::done);
        }

        @ParameterizedTest
        @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1e30"})
        void longOverflowIsRefusedNamingTheField(String value) {
            JsonInput input = parse("{'id': " + value + "}");
            assertNull(input.longValue("id"));
            FieldError error = single(errorsOfDone(input));
            assertEquals("id", error.field());
            assertEquals("invalidInput.outOfRange", error.code());
        }
    }

    @Nested
    class Arrays_ {

        @Test
        void nullElementsAreKeptAsNull() {
            JsonInput input = parse("{'upperBounds': [10, null, 30, null]}");
            assertEquals(Arrays.asList(10, null, 30, null), input.integers("upperBounds"));
            assertDoesNotThrow(input::done);
        }

        @Test
        void anEmptyArrayIsAnEmptyList() {
            JsonInput input = parse("{'upperBounds': []}");
            assertEquals(List.of(), input.integers("upperBounds"));
            assertDoesNotThrow(input::done);
        }

        @ParameterizedTest
        @ValueSource(strings = {"'x'", "true", "1.5", "[2]", "{}"})
        void anElementOfTheWrongTypeIsNamedWithItsIndex(String element) {
            JsonInput input = parse("{'upperBounds': [1, " + element + ", 3]}");
            List<Integer> values = input.integers("upperBounds");
            assertEquals(Arrays.asList(1, null, 3), values);
            FieldError error = single(errorsOfDone(input));
            assertError(error, "upperBounds[1]", "invalidInput.wrongType");
            assertTrue(error.message().startsWith("upperBounds[1] "), error.message());
        }

        @Test
        void anElementTooLargeIsNamedWithItsIndex() {
            JsonInput input = parse("{'upperBounds': [1, 2, 2147483648]}");
            assertEquals(Arrays.asList(1, 2, null), input.integers("upperBounds"));
            assertError(single(errorsOfDone(input)), "upperBounds[2]", "invalidInput.outOfRange");
        }

        @Test
        void everyBadElementIsNamed() {
            JsonInput input = parse("{'upperBounds': ['a', 2, 'c', 4.5]}");
            input.integers("upperBounds");
            List<String> fields = errorsOfDone(input).stream().map(FieldError::field).toList();
            assertEquals(List.of("upperBounds[0]", "upperBounds[2]", "upperBounds[3]"), fields);
        }

        @Test
        void elementsThatAreWholeNumbersWithFractionDigitsAreAccepted() {
            JsonInput input = parse("{'upperBounds': [1.0, 2e0]}");
            assertEquals(List.of(1, 2), input.integers("upperBounds"));
            assertDoesNotThrow(input::done);
        }
    }

    @Nested
    class Done {

        @Test
        void severalProblemsAreReportedTogether() {
            JsonInput input = parse("{'name': 5, 'count': 'many', 'id': 1.5, 'enabled': 'yes', 'upperBounds': [1, 'two'],"
                    + " 'colour': 'red'}");
            input.string("name");
            input.integer("count");
            input.longValue("id");
            input.bool("enabled");
            input.integers("upperBounds");
            InvalidInputException e = assertThrows(InvalidInputException.class, input::done);
            assertEquals("invalidInput", e.code());
            List<FieldError> errors = e.errors();
            assertEquals(Set.of("colour", "name", "count", "id", "enabled", "upperBounds[1]"),
                    errors.stream().map(FieldError::field).collect(Collectors.toSet()));
            assertEquals(6, errors.size());
            assertEquals("6 fields are invalid.", e.getMessage());
            assertEquals("invalidInput.unknownField", errors.stream().filter(f -> f.field().equals("colour")).findFirst()
                    .orElseThrow().code());
            assertTrue(errors.stream().filter(f -> !f.field().equals("colour"))
                    .allMatch(f -> f.code().equals("invalidInput.wrongType")), errors::toString);
        }

        @Test
        void aSingleProblemIsTheMessage() {
            JsonInput input = parse("{'count': 'x'}");
            input.integer("count");
            InvalidInputException e = assertThrows(InvalidInputException.class, input::done);
            assertEquals(e.errors().get(0).message(), e.getMessage());
        }

        @Test
        void doneWithoutProblemsDoesNotThrow() {
            JsonInput input = parse("{'name': 'x', 'count': 1}");
            input.string("name");
            input.integer("count");
            assertDoesNotThrow(input::done);
        }
    }
}
