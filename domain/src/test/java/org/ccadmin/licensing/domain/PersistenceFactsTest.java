package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.T0;
import static org.ccadmin.licensing.domain.LicensingFixtures.certificate;
import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.fresh;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** What the aggregate hands out to be stored gives the same instance back, in every registration state. */
class PersistenceFactsTest {

    @Test
    void aFreshInstanceRestoresWithItsEvaluation() {
        ProductInstance p = fresh();
        ProductInstance back = ProductInstance.restore(p.facts());
        assertEquals(p.facts(), back.facts());
        assertEquals(p.status(day(89)), back.status(day(89)));
        assertEquals(AuthorizationStatus.EVALUATION_EXPIRED, back.status(day(90)).authorizationStatus());
    }

    @Test
    void aRegisteredInstanceRestoresWithItsCertificateAuthorizationsAndDeadlines() {
        ProductInstance p = registeredAt(day(10));
        p.renewRegistration(certificate("VA-East", day(40)), day(40));
        p.takeEvents();
        ProductInstance back = ProductInstance.restore(p.facts());
        assertEquals(p.facts(), back.facts());
        assertEquals(p.deadlines(), back.deadlines());
        assertEquals(p.status(day(50)), back.status(day(50)));
        assertEquals(p.due(day(45)), back.due(day(45)));
    }

    @Test
    void aDeregisteredInstanceRestoresUnregisteredWithItsDeregistrationTime() {
        ProductInstance p = registeredAt(day(10));
        p.deregister(DeregistrationOutcome.RELEASED, day(20));
        ProductInstance back = ProductInstance.restore(p.facts());
        assertEquals(RegistrationStatus.UNREGISTERED, back.status(day(21)).registrationStatus());
        assertEquals(day(20), back.status(day(21)).registrationStatusAt());
    }

    @Test
    void aRestoredInstanceReportsAPassedDeadlineOnceOnly() {
        ProductInstance p = fresh();
        assertTrue(p.observe(day(91)).isPresent());
        ProductInstance back = ProductInstance.restore(p.facts());
        assertTrue(back.observe(day(92)).isEmpty());
        assertTrue(back.takeEvents().isEmpty());
    }

    @Test
    void periodsOtherThanTheDefaultsAreKept() {
        LicensingPeriods lab = new LicensingPeriods(Period.ofDays(3), Period.ofDays(1), Period.ofDays(2),
                Period.ofDays(1), Period.ofDays(5), Period.ofDays(10), LicensingPeriods.ZONE);
        ProductInstance p = ProductInstance.install("lab", DeploymentType.PACKAGED_CCE, T0, lab);
        assertEquals(lab, ProductInstance.restore(p.facts()).periods());
    }

    @Test
    void aFailureIsAFactToo() {
        ProductInstance p = registeredAt(day(10));
        p.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, CommunicationFailure.UNREACHABLE, "Connection refused", day(40));
        ProductInstance back = ProductInstance.restore(p.facts());
        assertEquals(p.communicationFailure(), back.communicationFailure());
        assertNull(fresh().facts().failure());
    }
}
