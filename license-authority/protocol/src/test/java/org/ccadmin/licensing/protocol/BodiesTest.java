package org.ccadmin.licensing.protocol;

import static org.ccadmin.licensing.protocol.SignedMessageTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodiesTest {

    private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");
    private static final Certificate CERTIFICATE = new Certificate("i-1", "SN-1", "Acme", "DEFAULT", true, AT, AT.plusSeconds(86400));
    private static final Authorization GRANT = new Authorization("PREMIUM_AGENT", Authorization.IN_COMPLIANCE, AT.plusSeconds(60));

    @Test
    void everyBodyReadsBackWhatWasWritten() {
        RegisterRequest register = new RegisterRequest("t", "ccadmin-1", "key", "FLEX", "PRODUCTION", "UCCE_2000",
                List.of("STANDARD_AGENT", "PREMIUM_AGENT"));
        assertEquals(register, RegisterRequest.fromJson(register.toJson()));
        Registered registered = new Registered("authority-key", CERTIFICATE, List.of(GRANT));
        assertEquals(registered, Registered.fromJson(registered.toJson()));
        assertEquals(new InstanceRequest("i-1"), InstanceRequest.fromJson(new InstanceRequest("i-1").toJson()));
        assertEquals(new RegistrationRenewed(CERTIFICATE), RegistrationRenewed.fromJson(new RegistrationRenewed(CERTIFICATE).toJson()));
        AuthorizeRequest authorize = new AuthorizeRequest("i-1", "PERPETUAL", "NON_PRODUCTION", List.of("DIALER_PORTS"));
        assertEquals(authorize, AuthorizeRequest.fromJson(authorize.toJson()));
        assertEquals(new Authorized(List.of(GRANT)), Authorized.fromJson(new Authorized(List.of(GRANT)).toJson()));
        assertEquals(new Deregistered(), Deregistered.fromJson(new Deregistered().toJson()));
        assertEquals(new Refused("token.expired", "gone"), Refused.fromJson(new Refused("token.expired", "gone").toJson()));
    }

    @Test
    void theCertificateUsesTheDocumentedFieldNames() {
        assertEquals("{\"instanceId\":\"i-1\",\"serialNumber\":\"SN-1\",\"smartAccount\":\"Acme\",\"virtualAccount\":\"DEFAULT\","
                + "\"exportControlled\":true,\"issuedAt\":\"2026-12-03T12:00:00Z\",\"expiresAt\":\"2026-12-04T12:00:00Z\"}",
                CERTIFICATE.toJson().toString());
    }

    @Test
    void missingOrMistypedFieldsAreMalformedAndNamed() {
        ProtocolException e = org.junit.jupiter.api.Assertions.assertThrows(ProtocolException.class,
                () -> InstanceRequest.fromJson(Json.createObjectBuilder().build()));
        assertEquals(ProtocolException.MALFORMED, e.code());
        assertEquals("instanceId is required.", e.getMessage());
        assertCode(ProtocolException.MALFORMED, () -> InstanceRequest.fromJson(Json.createObjectBuilder().add("instanceId", 5).build()));
        assertCode(ProtocolException.MALFORMED, () -> AuthorizeRequest.fromJson(Json.createObjectBuilder().add("instanceId", "i")
                .add("licenseType", "FLEX").add("usageMode", "PRODUCTION").add("entitlements", "PREMIUM_AGENT").build()));
        assertCode(ProtocolException.MALFORMED, () -> Certificate.fromJson(Json.createObjectBuilder(CERTIFICATE.toJson())
                .add("expiresAt", "next year").build()));
        assertCode(ProtocolException.MALFORMED, () -> Certificate.fromJson(Json.createObjectBuilder(CERTIFICATE.toJson())
                .add("exportControlled", "yes").build()));
    }
}
