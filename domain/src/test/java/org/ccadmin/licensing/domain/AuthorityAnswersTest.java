package org.ccadmin.licensing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The values an authority adapter builds are checked for completeness before the domain trusts them. */
class AuthorityAnswersTest {

    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anIncompleteIdCertificateIsRefusedNamingEveryGap() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new IdCertificate(" ", null, "SA", "", false, null, ISSUED));
        assertEquals(List.of("instanceId", "serialNumber", "virtualAccount", "issuedAt"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void anIdCertificateMustExpireAfterItWasIssued() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new IdCertificate("PI", "SN", "SA", "VA", false, ISSUED, ISSUED));
        assertEquals("expiresAt", e.errors().get(0).field());
    }

    @Test
    void anAuthorizationNeedsItsLineStatusAndExpiry() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Authorization(null, null, null));
        assertEquals(List.of("entitlement", "status", "expiresAt"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void statusVocabulariesCarryTheSourcesTexts() {
        assertEquals(List.of("Unregistered", "Registered", "Registration Expired"),
                List.of(RegistrationStatus.values()).stream().map(RegistrationStatus::displayText).toList());
        assertEquals(List.of("Evaluation state", "Evaluation Expired", "Authorized", "Authorization Expired",
                "Out-of-Compliance", "Unauthorized", "No License in Use"),
                List.of(AuthorizationStatus.values()).stream().map(AuthorizationStatus::displayText).toList());
        assertEquals(List.of("Authorization Expired", "Not Authorized", "Evaluation state", "Evaluation Expired",
                "In Compliance", "ReservedInCompliance", "Out-of-Compliance", "Not Applicable", "Invalid", "Invalid Tag",
                "No License in Use", "Waiting", "Disabled"),
                List.of(EntitlementStatus.values()).stream().map(EntitlementStatus::displayText).toList());
    }
}
