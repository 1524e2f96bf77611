package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.authorized;
import static org.ccadmin.licensing.domain.LicensingFixtures.certificate;
import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failed exchange changes no licensing state, shows as an alert, and makes the automatic renewals wait with a
 * doubling back-off instead of retrying on every timer run; a success clears it.
 */
class CommunicationFailureTest {

    private static final String UNREACHABLE = CommunicationFailure.UNREACHABLE;

    @Test
    void theBackOffDoublesFromFifteenMinutesUpToADay() {
        assertEquals(Duration.ofMinutes(15), CommunicationFailure.backoff(1));
        assertEquals(Duration.ofMinutes(30), CommunicationFailure.backoff(2));
        assertEquals(Duration.ofHours(1), CommunicationFailure.backoff(3));
        assertEquals(Duration.ofHours(16), CommunicationFailure.backoff(7));
        assertEquals(Duration.ofHours(24), CommunicationFailure.backoff(8));
        assertEquals(Duration.ofHours(24), CommunicationFailure.backoff(1000));
    }

    @Test
    void aFailureChangesNoStatusAndCountsAttempts() {
        ProductInstance p = registeredAt(day(0));
        LicensingStatus before = p.status(day(30));
        CommunicationFailure first = p.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, UNREACHABLE, "Connection refused", day(30));
        CommunicationFailure second = p.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, UNREACHABLE, "Connection refused",
                first.nextAttemptAt());
        assertEquals(before, p.status(day(30)));
        assertEquals(1, first.attempts());
        assertEquals(2, second.attempts());
        assertEquals(first.nextAttemptAt().plus(Duration.ofMinutes(30)), second.nextAttemptAt());
        assertTrue(second.isUnreachable());
        assertTrue(p.takeEvents().isEmpty());
    }

    @Test
    void automaticRenewalsWaitForTheNextAttempt() {
        ProductInstance p = registeredAt(day(0));
        assertEquals(List.of(DueAction.RENEW_AUTHORIZATION), p.automaticRenewals(day(30)));
        CommunicationFailure f = p.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, UNREACHABLE, "timeout", day(30));
        assertEquals(List.of(), p.automaticRenewals(day(30).plus(Duration.ofMinutes(14))));
        assertEquals(List.of(DueAction.RENEW_AUTHORIZATION), p.automaticRenewals(f.nextAttemptAt()));
    }

    @Test
    void theNextWakeUpIsTheRetryWhileARenewalIsDueElseTheNextDeadline() {
        ProductInstance p = registeredAt(day(0));
        assertEquals(day(30), p.nextWakeUp(day(1)));
        CommunicationFailure f = p.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, UNREACHABLE, "timeout", day(30));
        assertEquals(f.nextAttemptAt(), p.nextWakeUp(day(30)));
        Instant beforeExpiry = day(90).minusSeconds(60);
        p.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, UNREACHABLE, "timeout", beforeExpiry);
        assertEquals(day(90), p.nextWakeUp(beforeExpiry), "a deadline before the retry comes first");
    }

    @Test
    void aSuccessfulExchangeClearsTheFailure() {
        ProductInstance p = registeredAt(day(0));
        p.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, UNREACHABLE, "timeout", day(30));
        p.renewAuthorization(authorized(p, day(31)), day(31));
        assertNull(p.communicationFailure());
        p.recordFailure(AuthorityRequest.RENEW_REGISTRATION, "instance.unknown", "Unknown instance", day(32));
        assertFalse(p.communicationFailure().isUnreachable());
        p.renewRegistration(certificate("VA-East", day(33)), day(33));
        assertNull(p.communicationFailure());
    }

    @Test
    void aLocalDeregistrationKeepsTheAlertAReleaseClearsIt() {
        ProductInstance p = registeredAt(day(0));
        p.recordFailure(AuthorityRequest.DEREGISTER, UNREACHABLE, "timeout", day(5));
        p.deregister(DeregistrationOutcome.AUTHORITY_UNREACHABLE, day(5));
        assertTrue(p.communicationFailure().isUnreachable());
        ProductInstance q = registeredAt(day(0));
        q.recordFailure(AuthorityRequest.RENEW_AUTHORIZATION, UNREACHABLE, "timeout", day(30));
        q.deregister(DeregistrationOutcome.RELEASED, day(31));
        assertNull(q.communicationFailure());
    }
}
