package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Every period of the licensing lifecycle, in one place, with the modelled system's defaults; a lab may shorten
 * them. Periods are calendar periods added with {@code ZonedDateTime.plus} in {@link #zone()}: days are calendar
 * days (24 h in the default UTC; 23 or 25 h across a daylight-saving change in a zone that has one) and months
 * are calendar months (six months after 31 August is 28 February). The instance keeps the periods it was
 * installed with, so its deadlines do not move when a node restarts with other settings.
 *
 * @param evaluation            unregistered use with unlimited licenses from the first start (90 days)
 * @param authorizationRenewal  authorization is renewed this long after the last one (30 days)
 * @param authorizationExpiry   without authorization this long it is Authorization Expired (90 days)
 * @param enforcementGrace      after the authorization expired, this long before Enforcement (90 days)
 * @param registrationRenewal   the ID certificate is renewed this long after the last (re)registration (6 months)
 * @param registrationValidity  not renewed this long, the registration is Registration Expired (1 year = 12 months)
 * @param zone                  whose calendar counts the days and months
 * @param outOfCompliance       out of compliance this long (from the pool's Out-of-Compliance since), Enforcement (90 days)
 */
public record LicensingPeriods(Period evaluation, Period authorizationRenewal, Period authorizationExpiry,
        Period enforcementGrace, Period registrationRenewal, Period registrationValidity, ZoneId zone,
        Period outOfCompliance) {

    public static final Period EVALUATION = Period.ofDays(90);
    public static final Period AUTHORIZATION_RENEWAL = Period.ofDays(30);
    public static final Period AUTHORIZATION_EXPIRY = Period.ofDays(90);
    public static final Period ENFORCEMENT_GRACE = Period.ofDays(90);
    public static final Period REGISTRATION_RENEWAL = Period.ofMonths(6);
    public static final Period REGISTRATION_VALIDITY = Period.ofYears(1);
    public static final ZoneId ZONE = ZoneOffset.UTC;
    public static final Period OUT_OF_COMPLIANCE = Period.ofDays(90);

    public LicensingPeriods {
        positive("evaluation", evaluation);
        positive("authorizationRenewal", authorizationRenewal);
        positive("authorizationExpiry", authorizationExpiry);
        positive("enforcementGrace", enforcementGrace);
        positive("registrationRenewal", registrationRenewal);
        positive("registrationValidity", registrationValidity);
        Objects.requireNonNull(zone, "zone");
        positive("outOfCompliance", outOfCompliance);
        Instant probe = Instant.EPOCH;
        if (!add(probe, authorizationRenewal, zone).isBefore(add(probe, authorizationExpiry, zone))) {
            throw new IllegalArgumentException("authorizationRenewal must be shorter than authorizationExpiry.");
        }
        if (!add(probe, registrationRenewal, zone).isBefore(add(probe, registrationValidity, zone))) {
            throw new IllegalArgumentException("registrationRenewal must be shorter than registrationValidity.");
        }
    }

    /** The seven periods of part 1; Out-of-Compliance gets the source's 90 days. */
    public LicensingPeriods(Period evaluation, Period authorizationRenewal, Period authorizationExpiry,
            Period enforcementGrace, Period registrationRenewal, Period registrationValidity, ZoneId zone) {
        this(evaluation, authorizationRenewal, authorizationExpiry, enforcementGrace, registrationRenewal,
                registrationValidity, zone, OUT_OF_COMPLIANCE);
    }

    public static LicensingPeriods defaults() {
        return new LicensingPeriods(EVALUATION, AUTHORIZATION_RENEWAL, AUTHORIZATION_EXPIRY, ENFORCEMENT_GRACE,
                REGISTRATION_RENEWAL, REGISTRATION_VALIDITY, ZONE, OUT_OF_COMPLIANCE);
    }

    public LicensingPeriods inZone(ZoneId other) {
        return new LicensingPeriods(evaluation, authorizationRenewal, authorizationExpiry, enforcementGrace,
                registrationRenewal, registrationValidity, other, outOfCompliance);
    }

    public LicensingPeriods withOutOfCompliance(Period period) {
        return new LicensingPeriods(evaluation, authorizationRenewal, authorizationExpiry, enforcementGrace,
                registrationRenewal, registrationValidity, zone, period);
    }

    /** {@code from} plus {@code period} on the calendar of {@link #zone()}. */
    public Instant after(Instant from, Period period) {
        return add(from, period, zone);
    }

    private static Instant add(Instant from, Period period, ZoneId zone) {
        return from.atZone(zone).plus(period).toInstant();
    }

    private static void positive(String name, Period p) {
        Objects.requireNonNull(p, name);
        if (p.isZero() || p.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive period, not " + p + ".");
        }
    }
}
