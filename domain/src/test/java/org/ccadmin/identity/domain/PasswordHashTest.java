package org.ccadmin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hashing at 210,000 iterations takes a fraction of a second, so one hash is shared where possible. */
class PasswordHashTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = PasswordHash.hash(PASSWORD.toCharArray());
    }

    @Test
    void hashedPasswordVerifies() {
        assertTrue(PasswordHash.verify(PASSWORD.toCharArray(), stored));
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        assertFalse(PasswordHash.verify("correct horse battery stapler".toCharArray(), stored));
    }

    @Test
    void twoHashesOfTheSamePasswordDiffer() {
        String other = PasswordHash.hash(PASSWORD.toCharArray());
        assertNotEquals(stored, other);
        assertNotEquals(stored.split("\\$")[2], other.split("\\$")[2], "salts must differ");
    }

    @Test
    void storedFormNamesAlgorithmAndIterations() {
        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha512", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(210_000, PasswordHash.ITERATIONS);
    }

    @Test
    void storedFormCarriesA16ByteSaltAndA512BitHash() {
        String[] parts = stored.split("\\$");
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void storedFormDoesNotContainThePassword() {
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    void nullStoredValueDoesNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), null));
    }

    @Test
    void emptyStoredValueDoesNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), ""));
    }

    @Test
    void plainTextStoredValueDoesNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), PASSWORD));
    }

    @Test
    void storedValueWithTooFewPartsDoesNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), "pbkdf2-sha512$210000$c2FsdA"));
    }

    @Test
    void storedValueWithTooManyPartsDoesNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), stored + "$extra"));
    }

    @Test
    void storedValueOfAnotherAlgorithmDoesNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), stored.replace("pbkdf2-sha512", "pbkdf2-sha256")));
    }

    @Test
    void nonNumericIterationsDoNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), "pbkdf2-sha512$many$c2FsdHNhbHRzYWx0$aGFzaA"));
    }

    @Test
    void zeroOrNegativeIterationsDoNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), "pbkdf2-sha512$0$c2FsdHNhbHRzYWx0$aGFzaA"));
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), "pbkdf2-sha512$-1$c2FsdHNhbHRzYWx0$aGFzaA"));
    }

    @Test
    void invalidBase64DoesNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), "pbkdf2-sha512$1000$not*base64!$aGFzaA"));
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), "pbkdf2-sha512$1000$c2FsdHNhbHRzYWx0$%%%"));
    }

    @Test
    void emptySaltDoesNotVerify() {
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), "pbkdf2-sha512$1000$$aGFzaA"));
    }

    @Test
    void tamperedIterationCountDoesNotVerify() {
        String[] parts = stored.split("\\$");
        String tampered = parts[0] + "$1000$" + parts[2] + "$" + parts[3];
        assertFalse(PasswordHash.verify(PASSWORD.toCharArray(), tampered));
    }
}
