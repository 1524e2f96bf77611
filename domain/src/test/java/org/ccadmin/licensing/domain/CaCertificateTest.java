package org.ccadmin.licensing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The uploaded CA certificate is read as X.509 from PEM and shown by subject and expiry; anything else is refused by name. */
class CaCertificateTest {

    private static String pem() throws IOException {
        try (InputStream in = CaCertificateTest.class.getResourceAsStream("/licensing/test-ca.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aPemCertificateIsReadWithSubjectAndExpiry() throws IOException {
        CaCertificate ca = CaCertificate.parse(pem());
        assertTrue(ca.subject().contains("CN=Test Licensing CA"), ca.subject());
        assertTrue(ca.expiresAt().isAfter(java.time.Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals(1, ca.certificates().size());
    }

    @Test
    void blankTextAndGarbageAreRefusedNamingTheField() throws IOException {
        assertEquals("invalidInput.fieldRequired", code(" "));
        assertEquals("invalidInput.invalidCertificate", code("hello"));
        String broken = pem().replaceFirst("MII", "XXX");
        assertEquals("invalidInput.invalidCertificate", code(broken));
        assertEquals("invalidInput.tooLong", code("x".repeat(CaCertificate.MAX_LENGTH + 1)));
    }

    private static String code(String pem) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CaCertificate.parse(pem));
        assertEquals(CaCertificate.FIELD, e.errors().get(0).field());
        return e.errors().get(0).code();
    }
}
