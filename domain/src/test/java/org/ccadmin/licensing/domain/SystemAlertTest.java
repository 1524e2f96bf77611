package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SystemAlertTest {

    @Test
    void aFreshInstallationHasNothingInitializedNoTransportAndNoSerialNumber() {
        assertEquals(EnumSet.of(SystemAlert.SMART_LICENSE_NOT_INITIALIZED, SystemAlert.SMART_AGENT_NOT_ENABLED,
                SystemAlert.SERIAL_NUMBER_NOT_GENERATED), SystemAlert.present(LicensingFixtures.fresh(), day(1)).keySet());
        assertEquals(EnumSet.of(SystemAlert.SMART_LICENSE_NOT_INITIALIZED, SystemAlert.SMART_AGENT_NOT_ENABLED,
                SystemAlert.SERIAL_NUMBER_NOT_GENERATED), SystemAlert.present(null, day(1)).keySet(), "not even installed");
    }

    @Test
    void eachAlertClearsItselfWhenItsConditionIsMet() {
        ProductInstance p = LicensingFixtures.fresh();
        p.selectLicenseType(LicenseType.FLEX, UsageMode.PRODUCTION, day(1));
        assertEquals(EnumSet.of(SystemAlert.SMART_AGENT_NOT_ENABLED, SystemAlert.SERIAL_NUMBER_NOT_GENERATED),
                SystemAlert.present(p, day(1)).keySet());
        p.configureTransport(TransportSettings.direct());
        assertEquals(Set.of(SystemAlert.SERIAL_NUMBER_NOT_GENERATED), SystemAlert.present(p, day(1)).keySet());
        p.register(LicensingFixtures.certificate("VA", day(2)), LicensingFixtures.authorized(p, day(2)), day(2));
        assertTrue(SystemAlert.present(p, day(2)).isEmpty());
        p.deregister(DeregistrationOutcome.RELEASED, day(3));
        assertEquals(Set.of(SystemAlert.SERIAL_NUMBER_NOT_GENERATED), SystemAlert.present(p, day(3)).keySet(), "no certificate again");
    }

    @Test
    void anUnreachableAuthorityOrAnAnswerNotBelievedIsACommunicationFailureUntilAnExchangeSucceeds() {
        ProductInstance p = LicensingFixtures.registeredAt(day(1));
        p.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, CommunicationFailure.UNREACHABLE, "no answer from authority.example.com", day(2));
        String detail = SystemAlert.present(p, day(2)).get(SystemAlert.AUTHORITY_COMMUNICATION_FAILED);
        assertTrue(detail.contains("Renew Authorization") && detail.contains("no answer from authority.example.com"), detail);
        p.renewAuthorization(LicensingFixtures.authorized(p, day(3)), day(3));
        assertTrue(SystemAlert.present(p, day(3)).isEmpty());
        p.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, "message.badSignature", "signature does not verify", day(4));
        assertTrue(SystemAlert.present(p, day(4)).containsKey(SystemAlert.AUTHORITY_COMMUNICATION_FAILED));
    }

    @Test
    void aRefusalTheAuthoritySignedIsAnAnswerNotACommunicationFailure() {
        ProductInstance p = LicensingFixtures.ready();
        p.recordFailure(AuthorityRequest.REGISTER, "token.revoked", "The token was revoked.", day(1));
        assertTrue(!SystemAlert.present(p, day(1)).containsKey(SystemAlert.AUTHORITY_COMMUNICATION_FAILED));
    }
}
