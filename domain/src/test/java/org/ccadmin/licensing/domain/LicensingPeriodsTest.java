package org.ccadmin.licensing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LicensingPeriodsTest {

    @Test
    void defaultsAreTheModelledSystemsPeriods() {
        LicensingPeriods d = LicensingPeriods.defaults();
        assertEquals(Period.ofDays(90), d.evaluation());
        assertEquals(Period.ofDays(30), d.authorizationRenewal());
        assertEquals(Period.ofDays(90), d.authorizationExpiry());
        assertEquals(Period.ofDays(90), d.enforcementGrace());
        assertEquals(Period.ofMonths(6), d.registrationRenewal());
        assertEquals(Period.ofYears(1), d.registrationValidity());
        assertEquals(ZoneOffset.UTC, d.zone());
    }

    @Test
    void aLabMayShortenEveryPeriod() {
        LicensingPeriods lab = new LicensingPeriods(Period.ofDays(2), Period.ofDays(1), Period.ofDays(3),
                Period.ofDays(1), Period.ofDays(7), Period.ofDays(14), ZoneOffset.UTC);
        ProductInstance p = ProductInstance.install("lab", DeploymentType.PACKAGED_CCE, LicensingFixtures.T0, lab);
        assertEquals(AuthorizationStatus.EVALUATION_EXPIRED, p.status(LicensingFixtures.day(2)).authorizationStatus());
    }

    @Test
    void periodsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LicensingPeriods(Period.ZERO, Period.ofDays(30),
                Period.ofDays(90), Period.ofDays(90), Period.ofMonths(6), Period.ofYears(1), ZoneOffset.UTC));
        assertThrows(IllegalArgumentException.class, () -> new LicensingPeriods(Period.ofDays(90), Period.ofDays(30),
                Period.ofDays(90), Period.ofDays(-1), Period.ofMonths(6), Period.ofYears(1), ZoneOffset.UTC));
    }

    @Test
    void renewalsMustComeBeforeTheExpiryTheyPrevent() {
        assertThrows(IllegalArgumentException.class, () -> new LicensingPeriods(Period.ofDays(90), Period.ofDays(90),
                Period.ofDays(90), Period.ofDays(90), Period.ofMonths(6), Period.ofYears(1), ZoneOffset.UTC));
        assertThrows(IllegalArgumentException.class, () -> new LicensingPeriods(Period.ofDays(90), Period.ofDays(30),
                Period.ofDays(90), Period.ofDays(90), Period.ofMonths(12), Period.ofYears(1), ZoneOffset.UTC));
    }

    @Test
    void monthsAreAddedOnTheCalendar() {
        LicensingPeriods d = LicensingPeriods.defaults();
        assertEquals(Instant.parse("2027-02-28T00:00:00Z"),
                d.after(Instant.parse("2026-08-31T00:00:00Z"), d.registrationRenewal()));
    }
}
