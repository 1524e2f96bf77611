package org.ccadmin.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

    /** An HttpHeaders answering only getHeaderString (case-insensitively, like JAX-RS); everything else fails. */
    static HttpHeaders headers(Map<String, String> values) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(values);
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> byName.get((String) args[0]);
                    case "toString" -> "HttpHeaders" + byName;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static HttpHeaders ifMatch(String value) {
        return headers(Map.of("If-Match", value));
    }

    @Test
    void aStrongTagIsAPrecondition() {
        assertEquals(new ChangeStamp(3L, true), ETags.presented(ifMatch("\"3\""), null));
    }

    @Test
    void theHeaderWinsOverTheData() {
        assertEquals(new ChangeStamp(3L, true), ETags.presented(ifMatch("\"3\""), 7L));
    }

    @Test
    void aWeakTagIsReadToo() {
        assertEquals(new ChangeStamp(3L, true), ETags.presented(ifMatch("W/\"3\""), 7L));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(new ChangeStamp(12L, true), ETags.presented(ifMatch("  \"12\" "), null));
    }

    @Test
    void theHeaderNameIsCaseInsensitive() {
        assertEquals(new ChangeStamp(5L, true), ETags.presented(headers(Map.of("if-match", "\"5\"")), null));
    }

    @Test
    void largeStampsAreRead() {
        assertEquals(new ChangeStamp(Long.MAX_VALUE, true), ETags.presented(ifMatch("\"" + Long.MAX_VALUE + "\""), null));
    }

    @Test
    void anyTagFallsBackToTheData() {
        assertEquals(new ChangeStamp(7L, false), ETags.presented(ifMatch("*"), 7L));
        assertEquals(new ChangeStamp(7L, false), ETags.presented(ifMatch(" * "), 7L));
    }

    @Test
    void anyTagWithoutDataPresentsNothing() {
        ChangeStamp stamp = ETags.presented(ifMatch("*"), null);
        assertEquals(new ChangeStamp(null, false), stamp);
    }

    @Test
    void anAbsentHeaderFallsBackToTheData() {
        assertEquals(new ChangeStamp(7L, false), ETags.presented(headers(Map.of()), 7L));
        assertEquals(new ChangeStamp(null, false), ETags.presented(headers(Map.of()), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankHeaderFallsBackToTheData(String value) {
        assertEquals(new ChangeStamp(7L, false), ETags.presented(ifMatch(value), 7L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "\"abc\"", "\"\"", "W/", "\"3\", \"4\"", "\"3.0\"", "\"99999999999999999999\"", "W/\"x\""})
    void garbageIsRefusedNamingIfMatch(String value) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ETags.presented(ifMatch(value), 7L));
        assertEquals(1, e.errors().size(), e.errors()::toString);
        FieldError error = e.errors().get(0);
        assertEquals("If-Match", error.field());
        assertEquals("invalidInput.ifMatch", error.code());
        assertFalse(error.message().isBlank());
    }

    @Test
    void ofIsTheStrongTagOfTheChangeStamp() {
        RuntimeDelegateSupport.assumeAvailable();
        EntityTag tag = ETags.of(42);
        assertEquals("42", tag.getValue());
        assertFalse(tag.isWeak());
        assertEquals("\"42\"", tag.toString());
    }
}
