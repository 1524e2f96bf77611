package org.ccadmin.authority.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.ccadmin.licensing.protocol.Certificate;
import org.ccadmin.licensing.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

class RegisteredInstanceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private static RegisteredInstance registered(boolean export) {
        VirtualAccount account = VirtualAccount.create(SmartAccount.create("Acme", NOW), "Lab", NOW);
        IssuedToken token = IssuedToken.issue(account, new IssuedToken.Request(null, null, null, export), "key", "x".repeat(64), NOW);
        token.use(NOW);
        return RegisteredInstance.register(token, "ccadmin", "pk", LicenseType.FLEX, UsageMode.PRODUCTION, "UCCE_2000_AGENTS",
                List.of(Entitlement.PREMIUM_AGENT), NOW);
    }

    @Test
    void theCertificateNamesTheAccountsAndRunsOneYear() {
        Certificate c = registered(false).certificate(NOW);
        assertEquals("Acme", c.smartAccount());
        assertEquals("Lab", c.virtualAccount());
        assertFalse(c.exportControlled());
        assertEquals(Instant.parse("2027-12-03T12:00:00Z"), c.expiresAt());
    }

    @Test
    void aRenewalRunsTheCertificateOneYearFromTheRenewal() {
        RegisteredInstance i = registered(true);
        Instant later = Instant.parse("2027-06-03T12:00:00Z");
        i.renewRegistration(later);
        assertEquals(Instant.parse("2028-06-03T12:00:00Z"), i.certificateExpiresAt());
        assertTrue(i.certificateValidAt(Instant.parse("2028-06-03T11:59:59Z")));
        assertFalse(i.certificateValidAt(Instant.parse("2028-06-03T12:00:00Z")));
    }

    @Test
    void aRemovedInstanceCanNeitherRenewNorBeRemovedAgain() {
        RegisteredInstance i = registered(true);
        i.remove(NOW);
        assertEquals(ProtocolException.INSTANCE_UNKNOWN, assertThrows(ProtocolException.class, () -> i.renewRegistration(NOW)).code());
        assertThrows(ConflictException.class, () -> i.remove(NOW));
    }
}
