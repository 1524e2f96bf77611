package org.ccadmin.authority.domain;

import java.time.Instant;
import java.util.List;
import org.ccadmin.licensing.protocol.Authorization;

/**
 * The authorization answer: for each requested entitlement, IN_COMPLIANCE when the virtual account's pool
 * holds licenses of it with the instance's license type and usage mode that count now, else NOT_AUTHORIZED.
 * Quantities are not compared yet: usage reports (which say how many are in use) come with a later part.
 */
public final class Compliance {

    private Compliance() {
    }

    public static List<Authorization> decide(List<Entitlement> requested, LicenseType type, UsageMode mode,
            List<Purchase> pool, Instant now) {
        Instant expiresAt = AuthorityPeriods.after(now, AuthorityPeriods.AUTHORIZATION_VALIDITY);
        return requested.stream().map(entitlement -> new Authorization(entitlement.name(),
                pool.stream().anyMatch(p -> p.covers(entitlement, type, mode, now))
                        ? Authorization.IN_COMPLIANCE : Authorization.NOT_AUTHORIZED,
                expiresAt)).toList();
    }
}
