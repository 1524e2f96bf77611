package org.ccadmin.authority.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** Every period the authority applies, in one place; calendar arithmetic in UTC. */
public final class AuthorityPeriods {

    /** An ID certificate is valid for one year from its issue (registration or renewal). */
    public static final Period CERTIFICATE_VALIDITY = Period.ofYears(1);
    /** An authorization is valid for 90 days from the answer. */
    public static final Period AUTHORIZATION_VALIDITY = Period.ofDays(90);
    public static final int TOKEN_DEFAULT_VALIDITY_DAYS = 30;
    public static final int TOKEN_MAX_VALIDITY_DAYS = 365;
    public static final int TOKEN_DEFAULT_MAX_USES = 1;

    private AuthorityPeriods() {
    }

    public static Instant after(Instant start, Period period) {
        return start.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }
}
